import type { Page } from "@/lib/api/cursor";
import { CACHE_CONTROL, corsHeaders } from "@/lib/api/http";

/**
 * Every page of a keyset-paginated list, one page (a batch of items) at a time. The
 * next page is fetched while the caller writes out this one, so the database and the
 * CSV/XLSX writer work side by side.
 */
export async function* eachPage<T>(
  list: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T[]> {
  let next = list(undefined);
  for (;;) {
    const page = await next;
    if (page.nextCursor) {
      next = list(page.nextCursor);
      next.catch(() => {}); // if the download is cancelled, nobody awaits it
    }
    yield page.data;
    if (!page.nextCursor) return;
  }
}

/** Chunks as a byte stream, pulled at the client's pace; cancelling stops the producer. */
export function toByteStream(
  chunks: AsyncIterable<string | Uint8Array>,
): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * A streamed download: the API's caching and CORS headers, and a file name when it is a
 * file. A signed-in viewer's file (it may hold drafts) is never kept by a shared cache,
 * and the public's is never served to someone signed in (Vary: Cookie).
 */
export function downloadResponse(
  body: ReadableStream<Uint8Array>,
  contentType: string,
  fileName?: string,
  visibility: "public" | "internal" = "public",
) {
  return new Response(body, {
    headers: {
      ...corsHeaders,
      "Cache-Control": visibility === "internal" ? "private, no-store" : CACHE_CONTROL,
      Vary: "Cookie",
      "Content-Type": contentType,
      ...(fileName ? { "Content-Disposition": `attachment; filename="${fileName}"` } : {}),
    },
  });
}

/** guarantor-<what>-YYYY-MM-DD.<ext>, dated the day it is made. */
export function downloadName(what: string, ext: string, now = new Date()) {
  return `guarantor-${what}-${now.toISOString().slice(0, 10)}.${ext}`;
}
