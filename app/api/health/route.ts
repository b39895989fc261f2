import { getHealth } from "@/lib/health/queries";
import { RETRY_AFTER_SECONDS } from "@/lib/health/database-state";

/** Liveness and database reachability, for start-up scripts and monitors. */
export async function GET() {
  const health = await getHealth();
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (!health.ok) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json(health, { status: health.ok ? 200 : 503, headers });
}
