/**
 * Server start and server errors: a page, action or route that failed because the
 * database cannot be reached marks it down, so the proxy answers 503 + Retry-After
 * (not 500) until a probe finds it back.
 */
import { isConnectionError, markDatabaseDown, setDatabaseProbe } from "@/lib/health/database-state";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { db } = await import("@/lib/db");
  setDatabaseProbe(() => db.$queryRaw`select 1`);
}

export function onRequestError(error: unknown) {
  if (isConnectionError(error)) markDatabaseDown();
}
