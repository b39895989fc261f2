/**
 * The Postgres server tests run against: TEST_DATABASE_URL if set (CI points it at the
 * machine's server), otherwise an embedded server kept in .data/test.
 */
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db-lifecycle/embedded";
import { withClient, withDatabase } from "../../lib/db-lifecycle/connect";
import { applyMigrations } from "../../lib/db-lifecycle/migrate";

export const EMBEDDED_TEST_PORT = 54339;
export const EMBEDDED_TEST_DIR = ".data/test";

export async function startTestServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: withDatabase(given, "postgres"), stop: async () => {} };
  const server = await startEmbeddedPostgres({
    dataDir: EMBEDDED_TEST_DIR,
    port: EMBEDDED_TEST_PORT,
  });
  return server;
}

export async function dropDatabase(serverUrl: string, name: string) {
  await withClient(serverUrl, (c) =>
    c.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`),
  );
}

/** Creates `name` as a copy of `template` (fast: no migrations to run). */
export async function createDatabaseFrom(
  serverUrl: string,
  name: string,
  template: string,
): Promise<string> {
  await withClient(serverUrl, (c) =>
    c.query(
      `create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(template)}`,
    ),
  );
  return withDatabase(serverUrl, name);
}

/** A freshly migrated, empty database called `name` (replacing any older one). */
export async function createMigratedDatabase(serverUrl: string, name: string): Promise<string> {
  await dropDatabase(serverUrl, name);
  await withClient(serverUrl, (c) => c.query(`create database ${pg.escapeIdentifier(name)}`));
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  return url;
}
