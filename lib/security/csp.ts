/**
 * The Content-Security-Policy of every page. A page rendered for one request (signed-in
 * readers, anything not cached) gets a fresh nonce (proxy.ts): Next.js reads it back from
 * the request's policy and puts it on its own scripts; 'strict-dynamic' lets those load
 * the chunks they need. A public page cached for everyone (lib/page-cache/) cannot carry
 * a per-response nonce, so it lists the SHA-256 of each of its inline scripts instead
 * (only Next.js's own, checked before caching) and allows script files from this origin.
 * Either way nothing else runs: no other inline script, no eval outside the dev server.
 * Styles keep 'unsafe-inline': the charts and the map set style attributes, and a style
 * cannot run code.
 */
export type CspOptions = { nonce: string; dev: boolean; frameable: boolean; https: boolean };

export function contentSecurityPolicy({ nonce, dev, frameable, https }: CspOptions): string {
  return policy(
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev,
    frameable,
    https,
  );
}

/**
 * The policy of a cached page, from the one its render was given: the same directives,
 * but scripts are its inline scripts by hash (base64 SHA-256) and files from 'self'.
 */
export function cachedPagePolicy(renderedPolicy: string, hashes: string[]): string {
  const scriptSrc = ["script-src 'self'", ...hashes.map((h) => `'sha256-${h}'`)].join(" ");
  return renderedPolicy
    .split("; ")
    .map((d) => (d.startsWith("script-src ") ? scriptSrc : d))
    .join("; ");
}

function policy(scriptSrc: string, dev: boolean, frameable: boolean, https: boolean): string {
  const directives = [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only /embed/ may be framed by other sites; everything else refuses framing.
    `frame-ancestors ${frameable ? "*" : "'none'"}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export const HSTS = "max-age=31536000; includeSubDomains";
