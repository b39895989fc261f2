import { getHealth } from "@/lib/health/queries";

/** Liveness and database reachability, for start-up scripts and monitors. */
export async function GET() {
  const health = await getHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
