/**
 * Cross-site request refusal for every write (POST, PUT, PATCH, DELETE): a browser
 * sends Origin with such requests, and a page on another site must not be able to
 * make a signed-in editor's browser change data. Next.js also checks server actions;
 * this answers earlier and plainly (403) instead of with a server error.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteWrite(request: { method: string; headers: Headers }, extraOrigins: string[] = []): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false; // not sent by a browser form or fetch from another site
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    const originHost = new URL(origin).host;
    return originHost !== host && !extraOrigins.some((o) => new URL(o).host === originHost);
  } catch {
    return true; // "null" or garbage
  }
}
