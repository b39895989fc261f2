/**
 * `npm run bench:cluster [-- --ports 3150,3151 --proxy-port 3160 --duration 5 --edits 5]`:
 * two instances of the production build (scripts/serve.ts, as `npm start` runs it) on one
 * fresh PostgreSQL database with the real dataset (`--synthetic` for a copy of the 100k
 * one), nginx in front (round robin, keep-alive). Checks that sessions and rate limits
 * hold across the instances, measures how long after a save through the first instance
 * the second (and nginx) serve it to an anonymous reader, and the throughput through
 * nginx. Prints the tables and writes docs/bench-cluster-results.md. Needs nginx
 * (Debian's package); nothing in `npm test` does.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildIfStale } from "./lib/build";
import { rateLimitChecks, sessionChecks, type Check } from "./lib/bench-checks";
import { copiedDatabase, realDatabase, type BenchDatabase } from "./lib/bench-data";
import { editToVisible, firstListedPledge, summary } from "./lib/bench-edit";
import { measure, type Endpoint } from "./lib/bench-load";
import { startNginx, type Proxy } from "./lib/bench-nginx";
import { METHOD, report, runSection, type Result, type Section } from "./lib/bench-report";
import { freePort, startServer, type Server } from "./lib/bench-server";
import { chooseTargets, QUICK_KEYS } from "./lib/bench-targets";
import { ensurePrismaClient, log, run } from "./lib/cli";
import { signInCookie } from "./chaos/http";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
// One secret for both instances (and the bench's own account creation): a session signed by one is read by the other.
process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString("hex");

const flagsSchema = z.object({
  ports: z
    .string()
    .regex(/^\d+,\d+$/, "two ports, e.g. 3150,3151")
    .default("3150,3151"),
  "proxy-port": z.coerce.number().int().min(1024).max(65535).default(3160),
  duration: z.coerce.number().int().min(1).max(600).default(5),
  connections: z.coerce.number().int().min(1).max(1000).default(10),
  edits: z.coerce.number().int().min(1).max(100).default(5),
  synthetic: z.boolean().default(false),
});

run(async () => {
  const options = Object.fromEntries(
    Object.keys(flagsSchema.shape).map((k) => [
      k,
      { type: k === "synthetic" ? ("boolean" as const) : ("string" as const) },
    ]),
  );
  const parsed = flagsSchema.safeParse(parseArgs({ options }).values);
  if (!parsed.success)
    throw new Error(
      `Invalid flag: ${parsed.error.issues.map((i) => `--${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  const flags = parsed.data;
  const load = { duration: flags.duration, connections: flags.connections, sample: 10, slow: 60 };
  ensurePrismaClient();
  buildIfStale();
  const { resolveSyntheticTarget } = await import("./synthetic/target");
  const target = await resolveSyntheticTarget(log);
  let db: BenchDatabase | null = null;
  const servers: Server[] = [];
  let proxy: Proxy | null = null;
  const sections: Section[] = [];
  try {
    db = flags.synthetic
      ? await copiedDatabase(target.url, "guarantor_bench_cluster")
      : await realDatabase(target.url, "guarantor_bench_cluster");
    const proxyPort = await freePort(flags["proxy-port"]);
    const env = { TRUSTED_PROXIES: "127.0.0.1", GUARANTOR_URL: `http://127.0.0.1:${proxyPort}` };
    const [a, b] = await Promise.all(
      flags.ports.split(",").map(async (p) => startServer(db!.url, await freePort(Number(p)), env)),
    );
    servers.push(a!, b!);
    proxy = await startNginx(
      proxyPort,
      servers.map((s) => Number(new URL(s.base).port)),
    );
    const A = { name: "instance A", base: a!.base };
    const B = { name: "instance B", base: b!.base };

    const targets = await chooseTargets(db.url);
    const page = targets.find((t) => t.key === "country-largest")!.path;
    const pledgeId = await firstListedPledge(A.base, page);
    // Sign-ins first: the rate-limit check below uses up the address's sign-in allowance for a minute.
    const cookie = await signInCookie(A.base, db.editor.email, db.editor.password);
    const checks: Check[] = await sessionChecks(A, B, db.editor, pledgeId);
    checks.push(...(await rateLimitChecks([A, B], { signInsSoFar: 2 })));
    for (const c of checks)
      log(`${c.ok ? "ok" : "FAILED"}: ${c.name}: ${c.observed} (expected ${c.expected})`);
    sections.push({
      title: "Across instances",
      header: ["check", "expected", "observed", ""],
      rows: checks.map((c) => [c.name, c.expected, c.observed, c.ok ? "ok" : "FAILED"]),
    });

    const readers = [A, B, { name: "nginx", base: proxy.base }];
    const visible = await editToVisible({
      editBase: A.base,
      cookie,
      pledgeId,
      page,
      readers,
      edits: flags.edits,
    });
    sections.push({
      title: `Edit to visible: saved through instance A, read anonymously (${page})`,
      header: ["reader", "visible after"],
      rows: visible.map((v) => [v.reader, summary(v)]),
    });

    const through = (headers?: Record<string, string>): Endpoint => ({
      base: proxy!.base,
      pids: [...servers.map((s) => s.pid), proxy!.pid],
      death: () => proxy!.death() ?? servers.map((s) => s.death()).find(Boolean) ?? null,
      headers,
    });
    const chosen = targets.filter((t) => QUICK_KEYS.includes(t.key) || t.key === "countries");
    const anonymous: Result[] = [];
    for (const t of chosen) anonymous.push(await measure(through(), null, t, load));
    const ceiling = anonymous[0]?.load?.rps;
    sections.push(
      runSection({ title: "Through nginx, two instances, anonymous", results: anonymous, ceiling }),
    );
    const signedIn: Result[] = [];
    for (const t of chosen.filter((t) => t.key !== "static"))
      signedIn.push(await measure(through({ cookie }), null, t, load));
    sections.push(
      runSection({
        title: "Through nginx, two instances, signed in (an editor)",
        results: signedIn,
        ceiling,
      }),
    );
    const failed = checks.filter((c) => !c.ok).length + visible.reduce((n, v) => n + v.missed, 0);
    const data = `${flags.synthetic ? "a copy of the synthetic database" : "the real dataset"} in a fresh database; two instances of the production build (scripts/serve.ts) behind nginx`;
    const command = `npm run bench:cluster${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
    report({
      heading: "Cluster benchmark results",
      sections,
      command,
      data,
      method: METHOD,
      file: "docs/bench-cluster-results.md",
    });
    return failed ? 1 : 0;
  } finally {
    await proxy?.stop();
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
    await target.embedded?.stop();
  }
});
