/**
 * Runs before every test file: gives the file a database of its own, copied from the
 * migrated template, and points lib/db.ts at it.
 */
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabaseFrom, dropDatabase } from "./server";

const serverUrl = inject("serverUrl");
const name = `${inject("runId")}_f${randomBytes(4).toString("hex")}`;
// Sessions are not exercised through HTTP here; any long enough secret will do.
process.env.BETTER_AUTH_SECRET ??= "vitest-secret-long-enough-for-better-auth-000";
process.env.DATABASE_URL = await createDatabaseFrom(serverUrl, name, inject("templateDb"));

afterAll(async () => {
  const cache = globalThis as unknown as { guarantorPrisma?: { $disconnect(): Promise<void> } };
  await cache.guarantorPrisma?.$disconnect();
  delete cache.guarantorPrisma;
  await dropDatabase(serverUrl, name);
});
