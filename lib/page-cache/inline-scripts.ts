/**
 * The inline scripts of a rendered page, for a cached page's Content-Security-Policy
 * (lib/security/csp.ts `cachedPagePolicy`). A hash allows exactly one script text, but
 * hashing every inline script of a page would also allow one injected into it; so only
 * the forms Next.js itself writes are hashed, each checked whole (its payload must parse
 * as JSON), and a page holding any other inline script is not cached at all: it is
 * rendered per request under the nonce policy, which such a script does not carry.
 */
import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Types a browser does not run (JSON-LD and other data blocks): no policy needed. */
const DATA_TYPE =
  /\btype\s*=\s*["']?(?!(?:text|application)\/(?:java|ecma)script|module)[^"'\s>]+/i;

/** Next.js's flight data, one chunk a script (`self.__next_f.push([1,"..."])`), and Turbopack's list of chunks to load. */
const JSON_PUSHES = [
  /^self\.__next_f\.push\((.*)\)$/s,
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((.*)\);$/s,
];
/** Scripts whose text Next.js and React write unchanged on every page. */
const FIXED = new Set([
  "(self.__next_f=self.__next_f||[]).push([0])",
  "requestAnimationFrame(function(){$RT=performance.now()});",
]);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether this inline script is one Next.js wrote (see the module comment). */
export function isFrameworkScript(text: string): boolean {
  if (FIXED.has(text)) return true;
  return JSON_PUSHES.some((form) => {
    const push = form.exec(text);
    return !!push && isJson(push[1]!);
  });
}

/**
 * The base64 SHA-256 of each inline script of `html`, in order and without repeats, or
 * null when one of them is not a script Next.js wrote.
 */
export function frameworkScriptHashes(html: string): string[] | null {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes!) || DATA_TYPE.test(attributes!)) continue;
    if (!isFrameworkScript(text!)) return null;
    hashes.add(createHash("sha256").update(text!, "utf8").digest("base64"));
  }
  return [...hashes];
}
