import { NextResponse, type NextRequest } from "next/server";
import { isCrossSiteWrite } from "@/lib/site/origin";
import { contentSecurityPolicy, createNonce, HSTS } from "@/lib/security/csp";
import { guardRequest } from "@/lib/security/request-guard";
import { databaseUnavailable } from "@/lib/health/unavailable";

/**
 * Refuses unreadable addresses and oversized bodies (lib/security/request-guard.ts) and
 * writes coming from other sites, and gives every page its Content-Security-Policy with
 * a fresh nonce (and HSTS when the app is served over https); authorization itself is
 * checked in each action. Share-link opening is rate-limited by scripts/serve.ts, which
 * knows the client's address and counts in PostgreSQL.
 */
export async function proxy(request: NextRequest) {
  const unavailable = databaseUnavailable(request.nextUrl.pathname);
  if (unavailable) return unavailable;
  const refused = await guardRequest(request);
  if (refused) return refused;
  const extra = process.env.GUARANTOR_URL ? [process.env.GUARANTOR_URL] : [];
  if (isCrossSiteWrite(request, extra)) {
    return new NextResponse(
      "Refused: this request came from another site (its Origin does not match).\n",
      {
        status: 403,
        headers: { "content-type": "text/plain; charset=utf-8" },
      },
    );
  }
  const nonce = createNonce();
  const https = process.env.GUARANTOR_URL?.startsWith("https:") ?? false;
  const policy = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    frameable: /^\/embed\//.test(request.nextUrl.pathname),
    https,
  });
  // Next.js takes the nonce for its own scripts from the request's policy.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  // Static files (anything with an extension) skip the proxy: it has nothing to check
  // there, unless the address is percent-encoded (it may not be UTF-8: see guardRequest).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|[^%]*\\.[A-Za-z0-9]+$).*)"],
};
