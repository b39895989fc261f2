/**
 * Requests refused before any page, action or route sees them, with a clear message
 * instead of Next's bare 500: an address that is not valid UTF-8 (`%FF`, `%C0%AF`) or
 * holds a NUL (`%00`, which no database text can hold), and a body over the limit
 * (Next answers an oversized server action with a 500). Called from proxy.ts.
 */
import { decodeUrlPart } from "./safe-text";

/** The largest request body accepted: next.config.ts gives server actions the same limit. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
const BODY_LIMIT_TEXT = "1 MB";

const BODYLESS = new Set(["GET", "HEAD", "OPTIONS"]);

type Guarded = {
  method: string;
  url: string;
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
};

/** A refusal in the shape the caller expects: JSON under /api/, plain text elsewhere. */
export function refusal(pathname: string, status: number, message: string): Response {
  if (pathname.startsWith("/api/")) {
    return Response.json(
      { error: { status, message } },
      { status, headers: { "cache-control": "no-store" } },
    );
  }
  return new Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** Why the address cannot be read, or null when it can. */
export function malformedUrl(url: string): string | null {
  const { pathname, search } = new URL(url);
  for (const segment of pathname.split("/")) {
    const text = decodeUrlPart(segment);
    if (text === null)
      return `Bad request: the address contains "${segment.slice(0, 40)}", which is not valid UTF-8.`;
    if (text.includes("\0")) return "Bad request: the address contains a NUL character (%00).";
  }
  for (const part of search.slice(1).split(/[&=]/)) {
    const text = decodeUrlPart(part.replace(/\+/g, " "));
    if (text === null)
      return `Bad request: the query string contains "${part.slice(0, 40)}", which is not valid UTF-8.`;
    if (text.includes("\0")) return "Bad request: the query string contains a NUL character (%00).";
  }
  return null;
}

/**
 * Whether the body is over the limit. A declared Content-Length is trusted (Node's
 * parser holds the client to it); a chunked body is counted as it arrives, up to the
 * limit and no further (the proxy reads a copy; the route still gets the body).
 */
export async function oversizedBody(request: Guarded): Promise<boolean> {
  if (BODYLESS.has(request.method.toUpperCase())) return false;
  const declared = request.headers.get("content-length");
  if (declared !== null) return !/^\d+$/.test(declared) || Number(declared) > BODY_LIMIT_BYTES;
  if (!request.body) return false;
  const reader = request.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > BODY_LIMIT_BYTES) {
      await reader.cancel().catch(() => {});
      return true;
    }
  }
}

/** The refusal for a malformed address or an oversized body, or null to go on. */
export async function guardRequest(request: Guarded): Promise<Response | null> {
  const pathname = new URL(request.url).pathname;
  const bad = malformedUrl(request.url);
  if (bad) return refusal(pathname, 400, bad);
  if (await oversizedBody(request)) {
    return refusal(
      pathname,
      413,
      `Request body too large: at most ${BODY_LIMIT_TEXT} (${BODY_LIMIT_BYTES.toLocaleString("en")} bytes) is accepted.`,
    );
  }
  return null;
}
