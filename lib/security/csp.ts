/**
 * The Content-Security-Policy of every page, built per request around a fresh nonce
 * (proxy.ts). Next.js reads the nonce back from the request's policy and puts it on its
 * own scripts; 'strict-dynamic' lets those load the chunks they need, and nothing else
 * runs: no inline script without the nonce, no eval outside the dev server. Styles keep
 * 'unsafe-inline': the charts and the map set style attributes, and a style cannot run code.
 */
export type CspOptions = { nonce: string; dev: boolean; frameable: boolean; https: boolean };

export function contentSecurityPolicy({ nonce, dev, frameable, https }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
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
