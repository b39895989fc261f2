import { isDatabaseDown, unavailableResponse } from "@/lib/health/database-state";

/**
 * For the proxy: while the database is known to be down, every page and API route
 * answers 503 with Retry-After instead of failing with 500. /api/health still checks
 * for itself, so monitors see the truth and it can find the database back.
 */
export function databaseUnavailable(pathname: string): Response | null {
  if (pathname === "/api/health" || !isDatabaseDown()) return null;
  return unavailableResponse(pathname);
}
