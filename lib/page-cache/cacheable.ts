/**
 * Which requests the page caches may answer, and under which key. Reads of public views
 * by someone without a session go to the public cache: what it keeps is rendered from a
 * request stripped of every cookie, so it can only ever be the public view. A request
 * carrying better-auth's cookies is marked with them (`session`): only the signed-in
 * cache (viewer-cache.ts) may answer it, for that session alone, after checking it.
 */
import type { IncomingHttpHeaders } from "node:http";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot.js";

/** Public views rendered once per data change (issue 12). Anything else is rendered live. */
const PUBLIC_PATHS = [
  /^\/$/,
  /^\/(countries|conditions|sources|pledges|events)(\/[^/]+)?$/,
  /^\/(map|capability|methodology|compare|api-docs|what-if|frameworks|releases)$/,
  /^\/(frameworks|releases)\/(?!new$)[^/]+$/,
  /^\/feeds\/(changes|countries\/[A-Za-z]{2}|conditions\/[a-z0-9-]+)\.atom$/,
  /^\/api\/v1\/(countries|conditions|sources|pledges|events)(\/[^/]+)?$/,
  /^\/api\/v1\/openapi\.json$/,
  /^\/(s|embed)\/[A-Za-z0-9_-]{43}$/,
];

/** Streamed downloads are too large to hold, and their rows are already computed in batches. */
const NEVER = [/^\/api\/v1\/pledges\/export$/];

/**
 * Headers Next.js answers differently for (client-side navigation asks for the RSC
 * payload of a route, a prefetch for part of it). Part of the key, like the URL.
 */
export const VARYING_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
] as const;
/** Without GUARANTOR_URL, links in share cards name the host the request came to (lib/site/origin.ts). */
const ORIGIN_HEADERS = ["host", "x-forwarded-host", "x-forwarded-proto"] as const;

/** better-auth's cookies, with or without the __Secure- prefix. */
export function hasSessionCookie(cookie: string | undefined): boolean {
  return !!cookie && /(^|;)\s*(__secure-|__host-)?better-auth\./i.test(cookie);
}

/** Only better-auth's cookies, in the order sent: all a server render reads of a Cookie header. */
export function sessionCookies(cookie: string | undefined): string | null {
  const kept = (cookie ?? "")
    .split(";")
    .map((c) => c.trim())
    .filter((c) => /^(__secure-|__host-)?better-auth\./i.test(c));
  return kept.length ? kept.join("; ") : null;
}

export type CacheableRequest = {
  key: string;
  pathname: string;
  share: { token: string } | null;
  /** better-auth's cookies when the reader sent any: then only the signed-in cache may answer. */
  session: string | null;
};

/** The cache key of a request the cache may answer, or null when it must be rendered live. */
export function cacheableRequest(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): CacheableRequest | null {
  if (method !== "GET" || !url?.startsWith("/")) return null;
  if (headers.authorization) return null;
  const session = sessionCookies(headers.cookie);
  let parsed: URL;
  try {
    parsed = new URL(url, "http://x");
  } catch {
    return null;
  }
  const { pathname, searchParams } = parsed;
  if (!PUBLIC_PATHS.some((p) => p.test(pathname)) || NEVER.some((p) => p.test(pathname)))
    return null;
  // A past view names a moment that may still be to come ("?asOf=" later today): it is
  // rebuilt per request (its data is memoised in lib/history/as-of.ts).
  if (searchParams.has("asOf")) return null;
  const share = /^\/(?:s|embed)\/(.+)$/.exec(pathname);
  // A share view is the public view whoever opens it, and each opening is counted.
  if (share && (parsed.search || session)) return null;
  // Next.js writes metadata into <head> for crawlers that read no streamed HTML, later for browsers.
  const bot = getBotType(headers["user-agent"] ?? "") ?? "";
  const varying = [...VARYING_HEADERS, ...ORIGIN_HEADERS].map((h) => headers[h] ?? "").join("\n");
  return {
    key: `${url}\n${bot}\n${varying}`,
    pathname,
    share: share ? { token: share[1]! } : null,
    session,
  };
}
