/**
 * Opening share links: 60 a minute per client address, so tokens cannot be guessed at
 * speed. Counted in PostgreSQL (rate-limiter-flexible's Prisma store, in the same table
 * as sign-in attempts, under its own key prefix), so every server process and a restart
 * share one count. Checked by scripts/serve.ts before Next.js sees the request, where
 * the client's address is known and a plain 429 can be answered. No server-only
 * imports: the server script uses it outside Next.js.
 */
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "../generated/prisma/client";

export const SHARE_OPENS_PER_MINUTE = 60;

export function shareOpenLimiter(prisma: PrismaClient, points = SHARE_OPENS_PER_MINUTE) {
  return new RateLimiterPrisma({
    storeClient: prisma,
    tableName: "signInAttempt",
    keyPrefix: "share-open",
    points,
    duration: 60,
    // Should the database not answer, an in-process count stands in (the page needs the database anyway).
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: "share-open", points, duration: 60 }),
  });
}

/** Share and embed pages, however the path is spelled (encoded letters, doubled slashes). */
export function isShareOpen(url: string | undefined): boolean {
  let pathname: string;
  try {
    // A request target is a path ("//s/x" included, which must not read as a host) or a full URL.
    const target = url ?? "/";
    pathname = decodeURIComponent(
      new URL(target.startsWith("/") ? `http://x${target}` : target).pathname,
    );
  } catch {
    return false; // malformed encoding: Next.js answers it as a bad request
  }
  return /^\/+(s|embed)\/+[^/]/i.test(pathname);
}

export type ShareOpenResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function consumeShareOpen(
  limiter: ReturnType<typeof shareOpenLimiter>,
  address: string,
): Promise<ShareOpenResult> {
  try {
    await limiter.consume(address);
    return { ok: true };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}
