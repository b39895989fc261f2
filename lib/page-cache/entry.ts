/**
 * A rendered response as the page cache keeps it: the body, the headers every reader
 * may get, a strong-enough validator, and the Cache-Control a CDN can use. Decides too
 * what may not be kept (anything but a plain 200, a response setting a cookie, a page
 * with an inline script Next.js did not write).
 */
import { createHash } from "node:crypto";
import type { OutgoingHttpHeaders } from "node:http";
import { cachedPagePolicy } from "../security/csp";
import { frozenCacheControl, PUBLIC_CACHE_CONTROL } from "./cache-control";
import { frameworkScriptHashes } from "./inline-scripts";

/** A response as Next.js rendered it (scripts/serve.ts collects it). */
export type Rendered = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

export type Entry = {
  version: bigint;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** None for a private entry: a browser may not keep it, so it never asks again with it. */
  etag: string | null;
  /** The gzip of the body, made once on first demand. */
  gzip?: Promise<Buffer>;
  /** When the entry stops being valid whatever the data (a share link's expiry), in ms. */
  until?: number;
};

const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Hop-by-hop, per-response, or replaced here. */
const DROPPED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "etag",
  "cache-control",
  "x-nextjs-cache",
  "x-nextjs-stale-time",
  "x-nextjs-prerender",
  "x-nextjs-postponed",
]);

export type EntryOptions = {
  version: bigint;
  frozen?: boolean;
  until?: number;
  now?: number;
  /** "private": one signed-in reader's page, kept for that reader alone and never by a shared cache. */
  audience?: "public" | "private";
};

/** What Next.js sends with a page rendered for a signed-in reader, kept as it was. */
export const PRIVATE_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

/** The entry to keep for a rendered response, or null when it must not be kept. */
export function toEntry(
  rendered: Rendered,
  { version, frozen = false, until, now = Date.now(), audience = "public" }: EntryOptions,
): Entry | null {
  const { status, headers, body } = rendered;
  if (status !== 200 || headers["set-cookie"] || body.length > MAX_BODY_BYTES) return null;
  const type = String(headers["content-type"] ?? "");
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !DROPPED.has(name)) kept[name] = value;
  let keptBody = body;
  if (type.startsWith("text/html")) {
    const policy = headers["content-security-policy"];
    if (typeof policy !== "string") return null;
    // The render's nonce means nothing under the cached policy: dropped, so every
    // instance keeps the same bytes (and the same ETag) for the same data.
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    const html = nonce
      ? body.toString("utf8").replaceAll(` nonce="${nonce}"`, "")
      : body.toString("utf8");
    const hashes = frameworkScriptHashes(html);
    if (!hashes) return null;
    kept["content-security-policy"] = cachedPagePolicy(policy, hashes);
    if (nonce && typeof kept.link === "string")
      kept.link = kept.link.replaceAll(`; nonce="${nonce}"`, "");
    keptBody = Buffer.from(html, "utf8");
  }
  if (until !== undefined && until <= now) return null;
  if (audience === "private") {
    kept["cache-control"] = PRIVATE_CACHE_CONTROL;
    return { version, headers: kept, body: keptBody, etag: null, until };
  }
  kept["cache-control"] = frozen
    ? frozenCacheControl(((until ?? Infinity) - now) / 1000)
    : PUBLIC_CACHE_CONTROL;
  // Weak: the same tag for the identity and the gzip body, which hold the same bytes once decoded.
  const etag = `W/"${createHash("sha256").update(keptBody).digest("base64url").slice(0, 27)}"`;
  kept.etag = etag;
  // A signed-in reader (a cookie) must never get this copy from a shared cache.
  kept.vary = [
    ...new Set(
      [...String(headers.vary ?? "").split(","), "Cookie", "Accept-Encoding"]
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ].join(", ");
  return { version, headers: kept, body: keptBody, etag, until };
}

/** If-None-Match matches weakly (RFC 9110 13.1.2): W/"x" and "x" are the same tag. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}
