/**
 * Whether the database is known to be down, shared by the proxy (which answers 503
 * while it is) and the route handlers and pages (which find out). Kept on globalThis:
 * the proxy and the app are bundled apart but run in one Node process. No imports, so
 * the proxy bundle stays small.
 */
export const RETRY_AFTER_SECONDS = 5;
const PROBE_EVERY_MS = 250;

type State = {
  down: boolean;
  since: number;
  probe: (() => Promise<unknown>) | null;
  probing: boolean;
};
const key = Symbol.for("guarantor.databaseState");
const store = globalThis as unknown as { [key]?: State };

function state(): State {
  return (store[key] ??= { down: false, since: 0, probe: null, probing: false });
}

export function isDatabaseDown(): boolean {
  const s = state();
  // Without a probe (no instrumentation, e.g. in tests) nothing would ever clear it.
  return s.down && (s.probe !== null || Date.now() - s.since < 1000);
}

export function markDatabaseUp() {
  state().down = false;
}

/** Marks the database down and probes it until it answers again. */
export function markDatabaseDown() {
  const s = state();
  if (!s.down) s.since = Date.now();
  s.down = true;
  if (s.probing || !s.probe) return;
  s.probing = true;
  const probe = s.probe;
  const again = () =>
    void setTimeout(() => {
      probe().then(
        () => {
          s.down = false;
          s.probing = false;
        },
        () => (s.down ? again() : (s.probing = false)),
      );
    }, PROBE_EVERY_MS).unref?.();
  again();
}

/** How the down state is left: set once at server start (instrumentation.ts). */
export function setDatabaseProbe(probe: () => Promise<unknown>) {
  state().probe = probe;
}

const PATTERNS =
  /can't reach database server|connection terminated|not queryable|terminating connection|connection refused|database system is (starting up|shutting down|in recovery)|econnrefused|econnreset/i;

/** True when `error` (or anything it wraps) says the database cannot be reached. */
export function isConnectionError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length) {
    const e = queue.shift() as Record<string, unknown> | null | undefined;
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const code = typeof e.code === "string" ? e.code : "";
    if (["P1001", "P1002", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "EPIPE"].includes(code))
      return true;
    if (/^(08|57P0)/.test(code)) return true;
    if (["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"].includes(String(e.kind)))
      return true;
    if (typeof e.message === "string" && PATTERNS.test(e.message)) return true;
    const meta = e.meta as Record<string, unknown> | undefined;
    queue.push(e.cause, meta?.driverAdapterError);
  }
  return false;
}

/** The 503 every page and API route answers while the database is down. */
export function unavailableResponse(pathname: string): Response {
  const message = `The database is unavailable; try again in ${RETRY_AFTER_SECONDS} seconds.`;
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) {
    return Response.json({ error: { status: 503, message } }, { status: 503, headers });
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>Temporarily unavailable - Guarantor</title></head><body><h1>Temporarily unavailable</h1><p>${message} This page reloads itself.</p></body></html>\n`;
  return new Response(html, {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}
