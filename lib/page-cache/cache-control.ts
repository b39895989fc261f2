/**
 * Cache-Control of public views and API reads. A CDN may keep them one second and serve
 * them stale for a minute while it asks again (the ask is a cheap 304 from the page
 * cache), so readers behind it see an edit within a second or two without any purge;
 * browsers always ask (max-age=0). Signed-in responses are `private, no-store`.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=59";

/** A frozen share link never changes; only its revocation or expiry ends it (see the README). */
export const FROZEN_MAX_AGE_SECONDS = 300;

export function frozenCacheControl(secondsLeft: number) {
  return `public, max-age=${Math.max(0, Math.min(FROZEN_MAX_AGE_SECONDS, Math.floor(secondsLeft)))}, immutable`;
}
