import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { appEnvSchema, parseEnv } from "@/lib/env";

const cache = globalThis as unknown as { guarantorPrisma?: PrismaClient };

function client(): PrismaClient {
  if (!cache.guarantorPrisma) {
    const { DATABASE_URL } = parseEnv(appEnvSchema);
    cache.guarantorPrisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: DATABASE_URL, max: 10 }),
    });
  }
  return cache.guarantorPrisma;
}

/**
 * The one Prisma client of the app. Created on first use, not at import, so that
 * `next build` can load modules without a database and tests can set DATABASE_URL first.
 */
export const db = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
