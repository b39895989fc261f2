/**
 * Public pages rendered once per data change: a response cache in front of Next.js
 * (scripts/serve.ts), keyed by URL (and the headers Next.js varies on) and valid while
 * the database's data version is the one it was rendered under. Any process that writes
 * bumps the version in its transaction, and every server learns of it within
 * milliseconds (data-version-watch.ts), so an edit is visible on every instance at once.
 * Concurrent misses of one key share one render. See docs/decisions/021-public-page-cache.md.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import type { CacheableRequest } from "./cacheable";
import { matchesEtag, toEntry, type Entry, type Rendered } from "./entry";

const gzip = promisify(gzipCallback);

export type ResponseCacheOptions = {
  /** The current data version, or null when unknown (then nothing is served from the cache). */
  version: () => bigint | null;
  /**
   * Renders the request and collects the whole response: anonymously (no cookies), or
   * with only the given cookies (the signed-in cache passes the reader's session).
   */
  render: (req: IncomingMessage, cookies?: string) => Promise<Rendered>;
  /** For share links: whether the link is frozen and when it expires, read when the view is rendered. */
  shareLink?: (token: string) => Promise<{ frozen: boolean; expiresAt: Date | null } | null>;
  /** Called for each share-link view served from the cache (the render counts its own). */
  onShareOpen?: (token: string) => void;
  /** Total body bytes kept; the least recently used entries go first. */
  maxBytes?: number;
  /** "private": entries are one signed-in reader's pages (viewer-cache.ts). */
  audience?: "public" | "private";
  now?: () => number;
};

export type ResponseCache = {
  /**
   * Answers the request; false when the version is unknown and the caller must render it
   * live. `at`: the data version read for this request (else the watched one).
   */
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    request: CacheableRequest,
    at?: bigint,
  ): Promise<boolean>;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
};

type Outcome = { entry: Entry | null; rendered: Rendered };

const NOT_MODIFIED_HEADERS = new Set([
  "etag",
  "cache-control",
  "vary",
  "content-location",
  "expires",
]);
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length"]);

function relay(res: ServerResponse, { status, headers, body }: Rendered) {
  const kept = Object.fromEntries(
    Object.entries(headers).filter(([name, value]) => value !== undefined && !HOP_BY_HOP.has(name)),
  );
  res.writeHead(status, {
    ...(kept as Record<string, string | string[]>),
    "content-length": body.length,
  });
  res.end(body);
}

export function createResponseCache({
  version,
  render,
  shareLink,
  onShareOpen,
  maxBytes = 128 * 1024 * 1024,
  audience = "public",
  now = Date.now,
}: ResponseCacheOptions): ResponseCache {
  const entries = new Map<string, Entry>();
  const rendering = new Map<string, Promise<Outcome>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  const drop = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    bytes -= old.body.length;
  };
  const keep = (key: string, entry: Entry) => {
    drop(key);
    entries.set(key, entry); // a Map keeps insertion order: the first key is the least recently used
    bytes += entry.body.length;
    while (bytes > maxBytes && entries.size > 1) drop(entries.keys().next().value!);
  };

  async function fill(
    req: IncomingMessage,
    request: CacheableRequest,
    at: bigint,
  ): Promise<Outcome> {
    // Read before rendering: the render sees data at least this new, never older.
    const link = request.share ? await shareLink?.(request.share.token) : null;
    // Only a private cache renders with the reader's session: a public entry never could.
    const rendered = await render(req, audience === "private" ? request.session! : undefined);
    const until = link?.expiresAt ? link.expiresAt.getTime() : undefined;
    const entry =
      request.share && !link
        ? null
        : toEntry(rendered, { version: at, frozen: link?.frozen, until, now: now(), audience });
    // Kept only while the data is still what it was rendered from.
    if (entry && version() === at) keep(request.key, entry);
    return { entry, rendered };
  }

  async function send(req: IncomingMessage, res: ServerResponse, entry: Entry) {
    if (entry.etag && matchesEtag(req.headers["if-none-match"], entry.etag)) {
      // A 304 carries the validators and caching headers (RFC 9110 15.4.5), not the body's.
      const headers = Object.fromEntries(
        Object.entries(entry.headers).filter(([name]) => NOT_MODIFIED_HEADERS.has(name)),
      );
      res.writeHead(304, headers as Record<string, string>);
      return res.end();
    }
    const accepts =
      /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && entry.body.length > 1024;
    let body = entry.body;
    if (accepts) {
      entry.gzip ??= gzip(entry.body, { level: 6 });
      body = await entry.gzip;
    }
    res.writeHead(200, {
      ...entry.headers,
      ...(accepts ? { "content-encoding": "gzip" } : {}),
      "content-length": body.length,
    });
    res.end(body);
  }

  return {
    async serve(req, res, request, known) {
      // A reader with a session is never answered from the public cache, nor without one from a private cache.
      if (!request.session !== (audience === "public")) return false;
      const at = known ?? version();
      if (at === null) return false;
      const hit = entries.get(request.key);
      if (hit && hit.version === at && (hit.until === undefined || hit.until > now())) {
        hits++;
        entries.delete(request.key); // most recently used goes last
        entries.set(request.key, hit);
        if (request.share) onShareOpen?.(request.share.token);
        await send(req, res, hit);
        return true;
      }
      misses++;
      const flight = `${at}\n${request.key}`;
      let pending = rendering.get(flight);
      const first = !pending;
      if (!pending) {
        pending = fill(req, request, at).finally(() => rendering.delete(flight));
        rendering.set(flight, pending);
      }
      // A render that failed (Next.js closed the connection) is retried live, per request.
      const outcome = await pending.catch(() => null);
      if (!outcome) return false;
      const { entry, rendered } = outcome;
      if (entry) {
        // Those who waited on another's render of a share view opened it too.
        if (!first && request.share) onShareOpen?.(request.share.token);
        await send(req, res, entry);
        return true;
      }
      // Not kept (a 404, a redirect, a page with its own nonce): only the render's own
      // requester gets that response; the others are rendered for themselves.
      if (!first) return false;
      relay(res, rendered);
      return true;
    },
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  };
}
