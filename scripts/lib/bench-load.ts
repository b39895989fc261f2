/**
 * Measuring one address: requests one at a time (latency and the SQL each runs), then
 * autocannon with every connection kept busy. Shared by `npm run bench` and
 * `npm run bench:cluster`; the server may be one instance or nginx in front of several.
 */
import { createRequire } from "node:module";
import type { Result, Target } from "./bench-report";
import type { SqlCounter } from "./bench-sql";
import { rssMb, waitUntilIdle } from "./bench-server";
import { log } from "./cli";

export type LoadFlags = { duration: number; connections: number; sample: number; slow: number };

/** Where requests go, the processes that answer them (watched for memory and idleness), and what to send. */
export type Endpoint = {
  base: string;
  pids: number[];
  death: () => string | null;
  /** Sent with every request (a session cookie for the signed-in figures). */
  headers?: Record<string, string>;
};

// autocannon ships no types; this is the part of its programmatic API used here.
type Autocannon = (opts: {
  url: string;
  connections: number;
  timeout: number;
  duration?: number;
  amount?: number;
  headers?: Record<string, string>;
  requests?: {
    setupRequest: (req: { headers?: Record<string, string> }) => {
      headers?: Record<string, string>;
    };
  }[];
}) => Promise<{ duration: number; errors: number; timeouts: number; non2xx: number }> & {
  on(
    event: "response",
    fn: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
};
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

let freshCount = 0;
/**
 * The headers with one more cookie, never sent before, that better-auth ignores but the
 * signed-in page cache keys on (all `better-auth.*` cookies): no cache holds an answer.
 */
function freshHeaders(headers: Record<string, string> = {}) {
  const cookie = `better-auth.bench_fresh=${++freshCount}`;
  return { ...headers, cookie: headers.cookie ? `${headers.cookie}; ${cookie}` : cookie };
}

/** One request, read to the end; null when it takes longer than `slowSeconds`. */
export async function timed(
  at: Endpoint,
  route: string,
  slowSeconds: number,
): Promise<{ status: number; ms: number; body: string } | null> {
  const start = performance.now();
  try {
    const res = await fetch(at.base + route, {
      redirect: "manual",
      headers: at.headers,
      signal: AbortSignal.timeout(slowSeconds * 1000),
    });
    const body = await res.text();
    return { status: res.status, ms: performance.now() - start, body };
  } catch (error) {
    if (error instanceof DOMException && error.name === "TimeoutError") return null;
    throw new Error(
      `${route}: ${at.death() ?? (error instanceof Error ? error.message : String(error))}`,
    );
  }
}

const idle = (at: Endpoint) => Promise.all(at.pids.map((pid) => waitUntilIdle(pid)));
const rss = (at: Endpoint) => at.pids.reduce((sum, pid) => sum + rssMb(pid), 0);

/** Measures one target; the servers' peak memory is sampled throughout. */
export async function measure(
  at: Endpoint,
  sql: SqlCounter | null,
  t: Target,
  flags: LoadFlags,
): Promise<Result> {
  let peak = rss(at);
  const sampler = setInterval(() => (peak = Math.max(peak, rss(at))), 250);
  try {
    const figures = await measureTarget(at, sql, t, flags);
    return { ...t, ...figures, rssMb: figures.alone === undefined ? undefined : peak };
  } finally {
    clearInterval(sampler);
  }
}

type Figures = Omit<Result, keyof Target | "rssMb">;

async function measureTarget(
  at: Endpoint,
  sql: SqlCounter | null,
  t: Target,
  flags: LoadFlags,
): Promise<Figures> {
  const skip = async (note: string, figures: Figures = {}) => {
    log(`${t.path}: ${note}`);
    // An abandoned request goes on inside the server; the next target must not pay for it.
    await idle(at);
    return { ...figures, note };
  };
  // Endpoint for one request: with `fresh`, headers no cache has an answer for.
  const one = (): Endpoint => (t.fresh ? { ...at, headers: freshHeaders(at.headers) } : at);
  const probe = await timed(one(), t.path, flags.slow);
  if (!probe) return skip(`over ${flags.slow} s for one request, not measured`);
  if (probe.status !== 200) return skip(`HTTP ${probe.status}, not measured`);
  const bytes = Buffer.byteLength(probe.body);

  // One at a time: latency without contention, and the SQL each request runs.
  const requests = Math.max(1, Math.min(flags.sample, Math.floor(10_000 / probe.ms)));
  const before = sql?.statements() ?? null;
  const alone: number[] = [];
  for (let i = 0; i < requests; i++) {
    const r = await timed(one(), t.path, flags.slow);
    if (!r) return skip(`over ${flags.slow} s for one request, not measured`);
    alone.push(r.ms);
  }
  const after = sql?.statements() ?? null;
  const perRequest = before === null || after === null ? null : (after - before) / requests;
  const aloneMs = percentile(alone, 50);
  const round = (aloneMs * flags.connections) / 1000;
  if (round > flags.slow) {
    const note = `${flags.connections} at once would take ~${round.toFixed(0)} s: not put under load`;
    return skip(note, { alone: aloneMs, sql: perRequest, bytes });
  }
  return {
    alone: aloneMs,
    sql: perRequest,
    bytes,
    load: await underLoad(at, flags, t.path, aloneMs, t.fresh),
  };
}

/**
 * All connections busy for --duration seconds; a page too slow to answer each
 * connection twice in that time gets a fixed number of requests instead (two per
 * connection), so it still yields figures rather than none. `fresh`: every request with
 * a cookie never sent before (freshHeaders), so each is rendered.
 */
export async function underLoad(
  at: Endpoint,
  flags: LoadFlags,
  route: string,
  aloneMs: number,
  fresh = false,
) {
  const minimum = 2 * flags.connections;
  const fixed = (flags.duration * 1000) / aloneMs < minimum;
  const plan = fixed ? { amount: minimum } : { duration: flags.duration };
  log(
    `${route}: ${fixed ? `${minimum} requests` : `${flags.duration} s`} over ${flags.connections} connections`,
  );
  const latencies: number[] = [];
  const instance = autocannon({
    url: at.base + route,
    connections: flags.connections,
    timeout: 120,
    headers: at.headers,
    ...(fresh && {
      requests: [{ setupRequest: (req) => ({ ...req, headers: freshHeaders(at.headers) }) }],
    }),
    ...plan,
  });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  // autocannon drops what is still in flight at the end; let the server finish it first.
  await idle(at);
  return {
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    responses: latencies.length,
    failed: result.errors + result.timeouts + result.non2xx,
    failedHow: [
      [result.errors, "socket error"],
      [result.timeouts, "timeout"],
      [result.non2xx, "non-2xx"],
    ]
      .filter(([n]) => n)
      .map(([n, what]) => `${n} ${what}`)
      .join(", "),
    fixed,
  };
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
    NaN
  );
}
