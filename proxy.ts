import { NextResponse, type NextRequest } from "next/server";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { isCrossSiteWrite } from "@/lib/security/origin";
import { databaseUnavailable } from "@/lib/health/unavailable";

// Opening share links: 60 a minute per client address, so tokens cannot be guessed at speed.
const shareOpens = new RateLimiterMemory({ points: 60, duration: 60 });

/**
 * Refuses writes coming from other sites and rate-limits share-link opening;
 * authorization itself is checked in each action.
 */
export async function proxy(request: NextRequest) {
  const unavailable = databaseUnavailable(request.nextUrl.pathname);
  if (unavailable) return unavailable;
  const extra = process.env.GUARANTOR_URL ? [process.env.GUARANTOR_URL] : [];
  if (isCrossSiteWrite(request, extra)) {
    return new NextResponse("Refused: this request came from another site (its Origin does not match).\n", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (/^\/(s|embed)\//.test(request.nextUrl.pathname)) {
    const client = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
    try {
      await shareOpens.consume(client);
    } catch (rejection) {
      const seconds = Math.ceil(((rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000) / 1000);
      return new NextResponse(`Too many requests: try again in ${seconds} seconds.\n`, {
        status: 429,
        headers: { "content-type": "text/plain; charset=utf-8", "retry-after": String(seconds) },
      });
    }
  }
  return NextResponse.next();
}

export const config = {
  // Static files (anything with an extension) skip the proxy: it has nothing to check there.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.[A-Za-z0-9]+$).*)"],
};
