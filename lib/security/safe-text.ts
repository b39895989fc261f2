/**
 * Text the database can store as it was typed. PostgreSQL's text cannot hold a NUL
 * character (the query fails), and a lone UTF-16 surrogate is not text at all (the
 * driver would silently store U+FFFD instead). Every form's text fields, every id taken
 * from a form or a URL, and the API's parameters are checked with this, so such input
 * is refused with a message instead of failing in a query.
 */
import { z } from "zod";

const UNSAFE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE =
  "Remove the NUL or broken (unpaired surrogate) character from this text.";

export function isSafeText(value: string): boolean {
  return !UNSAFE.test(value);
}

/** A string schema that refuses NUL and lone surrogates: the start of every text field's schema. */
export function safeString(message?: string) {
  return z
    .string(message ? { message } : undefined)
    .refine(isSafeText, { message: UNSAFE_TEXT_MESSAGE });
}

/** Whether a value from a URL or a form can be an id at all (short, storable text); else: not found. */
export function isLookupKey(value: string, max = 100): boolean {
  return value.length <= max && isSafeText(value);
}

/** A percent-encoded URL part as text, or null when it is not valid UTF-8 (`%FF`, `%C0%AF`). */
export function decodeUrlPart(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
