/**
 * `npm run bench [-- --duration 10 --connections 10]`: serves the production build on
 * the synthetic database (100,000 pledges) and measures each target in turn: latency one
 * request at a time with the SQL statements it runs, then throughput and p50/p95/p99
 * latency under load (autocannon), and the server's memory. Prints a table and writes it
 * to docs/bench-results.md.
 */
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildIfStale } from "./lib/build";
import { report, type Result, type Target } from "./lib/bench-report";
import { countingProxy, type SqlCounter } from "./lib/bench-sql";
import { freePort, rssMb, startServer, waitUntilIdle, type Server } from "./lib/bench-server";
import { ensurePrismaClient, log, run } from "./lib/cli";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const flagsSchema = z.object({
  duration: z.coerce.number().int().min(1).max(600).default(10),
  connections: z.coerce.number().int().min(1).max(1000).default(10),
  pledges: z.coerce.number().int().min(1).default(100_000),
  /** At most this many requests one at a time per target (fewer for slow pages). */
  sample: z.coerce.number().int().min(1).max(1000).default(20),
  /** Seconds: a request slower than this alone, or a round of --connections requests slower than this, is not put under load. */
  slow: z.coerce.number().min(1).max(600).default(60),
  port: z.coerce.number().int().min(1024).max(65535).default(3143),
});
type Flags = z.infer<typeof flagsSchema>;

// autocannon ships no types; this is the part of its programmatic API used here.
type Autocannon = (opts: {
  url: string;
  connections: number;
  timeout: number;
  duration?: number;
  amount?: number;
}) => Promise<{
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}> & {
  on(
    event: "response",
    fn: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
};
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

run(async () => {
  const flags = parseFlags();
  ensurePrismaClient();
  const { resolveSyntheticTarget } = await import("./synthetic/target");
  const target = await resolveSyntheticTarget(log);
  let server: Server | null = null;
  let sql: SqlCounter | null = null;
  try {
    await ensureSyntheticData(target.url, flags.pledges);
    buildIfStale();
    sql = await countingProxy(target.url);
    server = await startServer(sql.url, await freePort(flags.port));
    const results: Result[] = [];
    for (const t of await chooseTargets(target.url))
      results.push(await measure(server, sql, t, flags));
    await server.stop();
    report(results, flags, decodeURIComponent(new URL(target.url).pathname.slice(1)));
  } finally {
    await server?.stop();
    await sql?.close();
    await target.embedded?.stop();
  }
  return 0;
});

function parseFlags(): Flags {
  const options = Object.fromEntries(
    Object.keys(flagsSchema.shape).map((k) => [k, { type: "string" as const }]),
  );
  const parsed = flagsSchema.safeParse(parseArgs({ options }).values);
  if (parsed.success) return parsed.data;
  throw new Error(
    `Invalid flag: ${parsed.error.issues.map((i) => `--${i.path.join(".")} ${i.message}`).join("; ")}`,
  );
}

/** Generates the synthetic database when it is empty; never replaces one the user made. */
async function ensureSyntheticData(url: string, pledges: number) {
  const { inspectDatabase, refusal } = await import("./synthetic/target");
  const { generateSyntheticData } = await import("./synthetic/generate");
  const { applyMigrations } = await import("../lib/db-lifecycle/migrate");
  const { ensureDatabase } = await import("../lib/db-lifecycle/connect");
  await ensureDatabase(url);
  const found = await inspectDatabase(url);
  if (found.kind === "foreign") throw refusal(url, found.reason);
  if (found.kind === "empty") {
    log(`no synthetic data yet; generating ${pledges} pledges (seed 1)`);
    await generateSyntheticData({ url, pledges, seed: 1, log });
    return;
  }
  if (found.pledges < pledges) {
    throw new Error(
      `the synthetic database holds ${found.pledges} pledges, fewer than ${pledges}; ` +
        `run \`npm run db:synthetic -- --pledges ${pledges} --reset\` first`,
    );
  }
  await applyMigrations(url);
  log(`synthetic database holds ${found.pledges.toLocaleString("en")} pledges`);
}

/** The country pages: a typical one (median pledge count) and the largest. */
async function chooseTargets(url: string): Promise<Target[]> {
  const { withClient } = await import("../lib/db-lifecycle/connect");
  const counts = await withClient(url, async (c) => {
    const sql = `select "countryCode" as code, count(*)::int as n from "Pledge" where "countryCode" is not null group by 1 order by 2, 1`;
    return (await c.query<{ code: string; n: number }>(sql)).rows;
  });
  const median = counts[Math.floor(counts.length / 2)]!;
  const largest = counts.at(-1)!;
  const country = (label: string, c: { code: string; n: number }) => ({
    name: `country page, ${label} (${c.n.toLocaleString("en")} pledges)`,
    path: `/countries/${c.code}`,
  });
  return [
    { name: "static file (the ceiling)", path: "/robots.txt" },
    { name: "dashboard", path: "/" },
    country("median", median),
    country("largest", largest),
    { name: "explorer with filters", path: "/pledges?domain=AIR,MARITIME&status=CONDITIONAL" },
    { name: "API list", path: "/api/v1/pledges?limit=50" },
  ];
}

/** One request, read to the end; null when it takes longer than --slow. */
async function timed(
  server: Server,
  route: string,
  flags: Flags,
): Promise<{ status: number; ms: number } | null> {
  const start = performance.now();
  try {
    const res = await fetch(server.base + route, {
      redirect: "manual",
      signal: AbortSignal.timeout(flags.slow * 1000),
    });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - start };
  } catch (error) {
    if (error instanceof DOMException && error.name === "TimeoutError") return null;
    throw new Error(
      `${route}: ${server.death() ?? (error instanceof Error ? error.message : String(error))}`,
    );
  }
}

/** Measures one target; the server's peak memory is sampled throughout. */
async function measure(server: Server, sql: SqlCounter, t: Target, flags: Flags): Promise<Result> {
  let peak = rssMb(server.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 250);
  try {
    const figures = await measureTarget(server, sql, t, flags);
    return { ...t, ...figures, rssMb: figures.alone === undefined ? undefined : peak };
  } finally {
    clearInterval(sampler);
  }
}

type Figures = Omit<Result, keyof Target | "rssMb">;

async function measureTarget(
  server: Server,
  sql: SqlCounter,
  t: Target,
  flags: Flags,
): Promise<Figures> {
  const skip = async (note: string, figures: Figures = {}) => {
    log(`${t.path}: ${note}`);
    // An abandoned request goes on inside the server; the next target must not pay for it.
    await waitUntilIdle(server.pid);
    return { ...figures, note };
  };
  const probe = await timed(server, t.path, flags);
  if (!probe) return skip(`over ${flags.slow} s for one request, not measured`);
  if (probe.status !== 200) return skip(`HTTP ${probe.status}, not measured`);

  // One at a time: latency without contention, and the SQL each request runs.
  const requests = Math.max(1, Math.min(flags.sample, Math.floor(10_000 / probe.ms)));
  const before = sql.statements();
  const alone: number[] = [];
  for (let i = 0; i < requests; i++) {
    const r = await timed(server, t.path, flags);
    if (!r) return skip(`over ${flags.slow} s for one request, not measured`);
    alone.push(r.ms);
  }
  const after = sql.statements();
  const perRequest = before === null || after === null ? null : (after - before) / requests;
  const aloneMs = percentile(alone, 50);
  const round = (aloneMs * flags.connections) / 1000;
  if (round > flags.slow) {
    const note = `${flags.connections} at once would take ~${round.toFixed(0)} s: not put under load`;
    return skip(note, { alone: aloneMs, sql: perRequest });
  }
  return { alone: aloneMs, sql: perRequest, load: await underLoad(server, flags, t.path, aloneMs) };
}

/**
 * All connections busy for --duration seconds; a page too slow to answer each
 * connection twice in that time gets a fixed number of requests instead (two per
 * connection), so it still yields figures rather than none.
 */
async function underLoad(server: Server, flags: Flags, route: string, aloneMs: number) {
  const minimum = 2 * flags.connections;
  const fixed = (flags.duration * 1000) / aloneMs < minimum;
  const plan = fixed ? { amount: minimum } : { duration: flags.duration };
  log(
    `${route}: ${fixed ? `${minimum} requests` : `${flags.duration} s`} over ${flags.connections} connections`,
  );
  const latencies: number[] = [];
  const url = server.base + route;
  const instance = autocannon({ url, connections: flags.connections, timeout: 120, ...plan });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  // autocannon drops what is still in flight at the end; let the server finish it first.
  await waitUntilIdle(server.pid);
  return {
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    responses: latencies.length,
    failed: result.errors + result.timeouts + result.non2xx,
    fixed,
  };
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
    NaN
  );
}
