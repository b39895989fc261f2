/**
 * SQL statements per request, from PostgreSQL's own statistics: the transactions the
 * database committed or rolled back (pg_stat_database) while requests ran one at a time.
 * Prisma runs each query outside a $transaction as a transaction of its own, so this
 * counts queries; a $transaction counts once.
 *
 * A backend reports its counts when its connection closes (or, busy, at most once a
 * second), so each reading waits until the app's pool has closed its idle connections
 * (pg's idleTimeoutMillis, 10 s). A new connection adds one transaction of its own
 * (reading the catalogue), subtracted using the `sessions` column.
 */
import { withClient, withDatabase } from "../../lib/db-lifecycle/connect";
import { sleep } from "./bench-server";

type Reading = { xacts: number; sessions: number };

export async function readCounters(url: string, limitMs = 30_000): Promise<Reading | null> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  // Read from another database, so the readings do not count themselves.
  return withClient(withDatabase(url, "postgres"), async (c) => {
    for (const deadline = Date.now() + limitMs; Date.now() < deadline; await sleep(500)) {
      const { rows } = await c.query<{ open: number; xacts: string; sessions: string }>(
        `select numbackends as open, xact_commit + xact_rollback as xacts, sessions
         from pg_stat_database where datname = $1`,
        [name],
      );
      const row = rows[0]!;
      if (row.open === 0) return { xacts: Number(row.xacts), sessions: Number(row.sessions) };
    }
    return null;
  });
}

/** Statements per request between two readings taken around `requests` requests. */
export function perRequest(
  before: Reading | null,
  after: Reading | null,
  requests: number,
): number | null {
  if (!before || !after) return null;
  return (after.xacts - before.xacts - (after.sessions - before.sessions)) / requests;
}
