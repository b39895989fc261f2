/**
 * The site's origin, in one place: the address people reach the app at (share links,
 * social cards, robots and sitemap), and whether a write request comes from another
 * site (proxy.ts). No server-only import: proxy.ts loads it too.
 */
import { headers } from "next/headers";

/**
 * The address people reach the app at: GUARANTOR_URL when set, otherwise this request's
 * host (as a proxy forwards it). Used for share links and social-card image URLs.
 */
export async function publicOrigin(): Promise<string> {
  if (process.env.GUARANTOR_URL) return process.env.GUARANTOR_URL;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

/** The same, for Next's `metadataBase`; none when a forged Host header is not a URL. */
export async function metadataBase(): Promise<URL | undefined> {
  try {
    return new URL(await publicOrigin());
  } catch {
    return undefined;
  }
}

/**
 * Cross-site request refusal for every write (POST, PUT, PATCH, DELETE): a browser
 * sends Origin with such requests, and a page on another site must not be able to
 * make a signed-in editor's browser change data. Next.js also checks server actions;
 * this answers earlier and plainly (403) instead of with a server error.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteWrite(
  request: { method: string; headers: Headers },
  extraOrigins: string[] = [],
): boolean {
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
