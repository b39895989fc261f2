/**
 * Signed-in readers' pages, rendered once per reader and data change: the response cache
 * (response-cache.ts) keyed by the URL, the reader's session cookies and their account as
 * it is now, each entry kept for that session alone. Every request reads the session and
 * the data version from the database (one statement, lib/auth/session-stamp.ts) before
 * anything is served, so a cached page is exactly the live one: a write by any process,
 * a sign-out, a role or name change, or a session due for refresh sends the reader to a
 * fresh render. Responses stay `private, no-store`. See docs/decisions/025-signed-in-page-cache.md.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SessionStamp } from "../auth/session-stamp";
import type { CacheableRequest } from "./cacheable";
import { createResponseCache, type ResponseCacheOptions } from "./response-cache";

export type ViewerCacheOptions = Pick<ResponseCacheOptions, "version" | "render" | "now"> & {
  /** The reader's session and the data version now, or null when there is no live session. */
  stamp: (sessionCookies: string) => Promise<SessionStamp | null>;
  /** Kept apart from the public cache's budget, so signed-in pages never push public ones out. */
  maxBytes?: number;
};

export type ViewerCache = {
  /** Answers a request carrying a session; false when it must be rendered live. */
  serve(req: IncomingMessage, res: ServerResponse, request: CacheableRequest): Promise<boolean>;
  stats: ReturnType<typeof createResponseCache>["stats"];
};

export function createViewerCache({
  stamp,
  maxBytes = 32 * 1024 * 1024,
  ...options
}: ViewerCacheOptions): ViewerCache {
  const cache = createResponseCache({ ...options, maxBytes, audience: "private" });
  return {
    async serve(req, res, request) {
      if (!request.session) return false;
      const viewer = await stamp(request.session);
      if (!viewer) return false;
      const key = `${request.key}\n${request.session}\n${viewer.stamp}`;
      return cache.serve(req, res, { ...request, key }, viewer.version);
    },
    stats: cache.stats,
  };
}
