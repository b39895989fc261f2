/**
 * Chaos section "db-crash": the app on a fresh embedded PostgreSQL (its own data folder
 * and ports, loopback only) under a bounded load of reads and acknowledged writes; the
 * database is killed (SIGKILL of the postmaster); measured: answers by status, whether
 * every 503 carried Retry-After, how long until the database and then the app were
 * back, and acknowledged writes missing afterwards (target 0). Writes are accounts
 * created through the admin's "Add a user" form, posted as a browser without JavaScript
 * does (the app's own audited write path): acknowledged when the answer says "Created".
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { canConnect, withClient } from "../../lib/db-lifecycle/connect";
import { embeddedUrl } from "../../lib/db-lifecycle/embedded";
import { getText, pageForms, postForm } from "./http";

import type { ChaosContext, Figures } from "./types";

const READERS = 4;
const WRITERS = 2;
const WARM_UP_MS = 6000;
const WRITE_EVERY_MS = 250;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function run(ctx: ChaosContext): Promise<Figures> {
  const port = Number(process.env.CHAOS_PORT ?? 3290);
  const pgPort = Number(process.env.CHAOS_PG_PORT ?? 54391);
  const base = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), "guarantor-chaos-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GUARANTOR_DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    HOST: "127.0.0.1",
  };
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ctx.root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const appLog: string[] = [];
  app.stdout.on("data", (b: Buffer) => appLog.push(b.toString()));
  app.stderr.on("data", (b: Buffer) => appLog.push(b.toString()));
  try {
    await waitFor(
      async () => (await get(`${base}/api/health`)).status === 200,
      300_000,
      "the app to start",
    );
    const ownerUrl = embeddedUrl({ port: pgPort, dataDir, database: "guarantor" });
    const admin = { email: "chaos-admin@guarantor.local", password: "chaos-password-long-enough" };
    await runScript(ctx.root, env, [
      "scripts/user-create.ts",
      "--email",
      admin.email,
      "--role",
      "admin",
      "--password",
      admin.password,
    ]);
    const cookie = await signIn(base, admin);
    const form = pageForms((await getText(base, "/admin/users", cookie)).text).find(
      (f) => "email" in f.fields,
    );
    if (!form) throw new Error("no Add a user form on /admin/users");

    const statuses = new Map<string, number>();
    let missingRetryAfter = 0;
    const acknowledged: string[] = [];
    let stop = false;
    const count = (key: string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);
    const paths = ["/", "/countries", "/api/v1/pledges?limit=5", "/api/v1/countries"];
    const readers = Array.from({ length: READERS }, async (_, i) => {
      for (let n = 0; !stop; n++) {
        const r = await get(base + paths[(i + n) % paths.length]!);
        count(String(r.status));
        if (r.status === 503 && !r.retryAfter) missingRetryAfter++;
      }
    });
    const writers = Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        const n = i * WRITERS + w;
        const email = `chaos-${n}@guarantor.local`;
        const r = await createUser(base, cookie, {
          ...form.hidden,
          email,
          password: admin.password,
          name: `Chaos ${n}`,
          role: "analyst",
        });
        count(`write ${r.status}`);
        if (r.status === 200 && r.text.includes(`Created ${email}`)) acknowledged.push(email);
        await sleep(WRITE_EVERY_MS);
      }
    });

    await sleep(WARM_UP_MS);
    const timed = performance.now();
    await get(`${base}/`);
    const dashboardBefore = performance.now() - timed;
    const pid = Number(
      readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0],
    );
    ctx.log(`db-crash: killing the embedded PostgreSQL (pid ${pid}) under load`);
    const killedAt = performance.now();
    process.kill(pid, "SIGKILL");
    await sleep(200);
    await waitFor(() => canConnect(ownerUrl), 60_000, "the database to come back");
    const dbBack = performance.now();
    await waitFor(
      async () => (await get(`${base}/api/health`)).status === 200,
      30_000,
      "health to recover",
    );
    const healthBack = performance.now();
    await waitFor(
      async () => (await get(`${base}/`)).status === 200,
      30_000,
      "the dashboard to recover",
    );
    const appBack = performance.now();
    await sleep(2000);
    stop = true;
    await Promise.all([...readers, ...writers]);

    const present = await withClient(
      ownerUrl,
      async (c) =>
        new Set(
          (
            await c.query<{ email: string }>(`select email from "User" where email like 'chaos-%'`)
          ).rows.map((r) => r.email),
        ),
    );
    const lost = acknowledged.filter((e) => !present.has(e)).length;
    const byStatus = Object.fromEntries([...statuses.entries()].sort());
    ctx.log(`db-crash: answers by status ${JSON.stringify(byStatus)}`);
    return {
      // A lost acknowledged write fails the run; 500s for requests in flight at the kill are reported, not failed.
      failures: lost,
      "database restarted after kill (ms)": Math.round(dbBack - killedAt),
      "health 200 after database back (ms)": Math.round(healthBack - dbBack),
      "dashboard 200 after database back (ms)": Math.round(appBack - dbBack),
      "one dashboard request under load, before (ms)": Math.round(dashboardBefore),
      "503 answers": (statuses.get("503") ?? 0) + (statuses.get("write 503") ?? 0),
      "503 without Retry-After": missingRetryAfter,
      "500 answers": (statuses.get("500") ?? 0) + (statuses.get("write 500") ?? 0),
      "other failures (no answer, 4xx)": [...statuses.entries()]
        .filter(([k]) => !/^(write )?(200|503|500)$/.test(k))
        .reduce((a, [, v]) => a + v, 0),
      "reads answered": [...statuses.entries()]
        .filter(([k]) => !k.startsWith("write"))
        .reduce((a, [, v]) => a + v, 0),
      "writes acknowledged": acknowledged.length,
      "acknowledged writes lost": lost,
    };
  } catch (error) {
    ctx.log(`db-crash: app output:\n${appLog.join("").slice(-3000)}`);
    throw error;
  } finally {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
    await new Promise((r) => app.once("exit", r));
    await sleep(1000);
    await rm(dataDir, { recursive: true, force: true }).catch(() => {});
  }
}

async function get(url: string): Promise<{ status: number; retryAfter: string | null }> {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: "manual" });
    await r.arrayBuffer();
    return { status: r.status, retryAfter: r.headers.get("retry-after") };
  } catch {
    return { status: 0, retryAfter: null };
  }
}

async function createUser(base: string, cookie: string, values: Record<string, string>) {
  try {
    return await postForm(base, "/admin/users", cookie, values);
  } catch {
    return { status: 0, text: "" };
  }
}

async function signIn(base: string, user: { email: string; password: string }): Promise<string> {
  const r = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(user),
  });
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${await r.text()}`);
  return r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

function runScript(root: string, env: NodeJS.ProcessEnv, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      cwd: root,
      env,
      stdio: "ignore",
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args[0]} exited with ${code}`)),
    );
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}
