/**
 * The database crashing under the app: the embedded PostgreSQL is killed (SIGKILL, as
 * the OOM killer would), health and the API answer 503 with Retry-After, the proxy
 * answers 503 for pages, the supervisor restarts the server, and everything answers
 * again within 5 s.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "@/lib/db-lifecycle/connect";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db-lifecycle/embedded";
import { applyMigrations } from "@/lib/db-lifecycle/migrate";
import { appRolePassword, ensureAppLogin } from "@/lib/db-lifecycle/roles";
import { superviseEmbedded } from "@/lib/db-lifecycle/supervise";

const PORT = 54380 + (process.pid % 20);
let dataDir = "";
let server: EmbeddedServer;
let unsupervise = () => {};
const log: { at: number; line: string }[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "guarantor-crash-"));
  server = await startEmbeddedPostgres({ dataDir, port: PORT });
  const owner = withDatabase(server.url, "postgres");
  await applyMigrations(owner);
  // This file's app (lib/db.ts) talks to the embedded server, as the app role.
  process.env.DATABASE_URL = await ensureAppLogin(owner, await appRolePassword(dataDir));
  const cache = globalThis as unknown as { guarantorPrisma?: { $disconnect(): Promise<void> } };
  await cache.guarantorPrisma?.$disconnect();
  delete cache.guarantorPrisma;
  process.env.NEXT_RUNTIME = "nodejs";
  await (await import("@/instrumentation")).register();
  unsupervise = superviseEmbedded(server, (line) => log.push({ at: performance.now(), line }));
}, 60_000);

afterAll(async () => {
  unsupervise();
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const health = async () => (await import("@/app/api/health/route")).GET();
const pledges = async () => {
  const { GET } = await import("@/app/api/v1/pledges/route");
  return GET(new Request("http://localhost/api/v1/pledges"), { params: Promise.resolve({}) });
};
const page = async () =>
  (await import("@/lib/health/unavailable")).databaseUnavailable("/countries");

function killPostgres() {
  const pid = Number(
    readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0],
  );
  process.kill(pid, "SIGKILL");
}

describe("a killed database", () => {
  it("gives 503 with Retry-After (health, API, pages) and recovers within 5 s of the restart", async () => {
    expect((await health()).status).toBe(200);
    expect((await pledges()).status).toBe(200);
    expect(await page()).toBeNull();

    const crashed = server.crashed!();
    killPostgres();
    await crashed;
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    // The supervisor may already have it back: the API answers 200 or 503, never 500.
    const api = await pledges();
    expect([200, 503]).toContain(api.status);
    if (api.status === 503) expect(api.headers.get("retry-after")).toBe("5");

    const killedAt = performance.now();
    let recoveredAt = 0;
    while (performance.now() - killedAt < 25_000) {
      if (
        (await health()).status === 200 &&
        (await pledges()).status === 200 &&
        (await page()) === null
      ) {
        recoveredAt = performance.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const restarted = log.find((l) => l.line.startsWith("embedded PostgreSQL restarted"));
    expect(log[0]?.line).toBe("embedded PostgreSQL stopped unexpectedly; restarting it");
    expect(restarted).toBeDefined();
    expect(recoveredAt).toBeGreaterThan(0);
    // Measured from the database being back (its own crash recovery is not the app's).
    expect(recoveredAt - restarted!.at).toBeLessThan(5_000);
  }, 40_000);

  it("while it is down, pages get the proxy's 503 page and the API a JSON 503", async () => {
    unsupervise();
    await server.stop();
    expect((await health()).status).toBe(503);
    const pageResponse = await page();
    expect(pageResponse?.status).toBe(503);
    expect(pageResponse?.headers.get("retry-after")).toBe("5");
    expect(await pageResponse?.text()).toContain("Temporarily unavailable");
    const api = await pledges();
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("5");
    expect(await api.json()).toEqual({
      error: { status: 503, message: "The database is unavailable; try again in 5 seconds." },
    });
  }, 30_000);
});
