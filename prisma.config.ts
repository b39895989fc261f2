import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded here; `prisma generate` only checks
// that this path exists. Migrations run through scripts/db-migrate.ts (wasm engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/dev/null";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unset" },
});
