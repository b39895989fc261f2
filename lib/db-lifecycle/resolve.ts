import { parseEnv, startEnvSchema, type StartEnv } from "../env";
import { canConnect, describeUrl, ensureDatabase, withClient, withDatabase } from "./connect";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded";
import { appRolePassword, ensureAppLogin } from "./roles";

/** `url` is the owner's (migrations, seed, restore); the web app uses `appDatabaseUrl`. */
export type Target = { url: string; embedded: EmbeddedServer | null; env: StartEnv };

async function mustConnect(name: string, url: string): Promise<string> {
  try {
    const r = await withClient(url, (c) =>
      c.query<{ db: string }>("select current_database() as db"),
    );
    return r.rows[0]!.db;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot connect to ${name} (${describeUrl(url)}): ${reason}`);
  }
}

/**
 * Finds the database `npm start` and the db:* scripts work on: MIGRATION_DATABASE_URL
 * (else DATABASE_URL) if set (it must answer), else the embedded PostgreSQL in
 * GUARANTOR_DATA_DIR. Throws an Error whose message is one line naming the bad setting.
 */
export async function resolveDatabase(log: (line: string) => void): Promise<Target> {
  const env = parseEnv(startEnvSchema);
  if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL) {
    throw new Error(
      "Invalid setting: MIGRATION_DATABASE_URL is set but DATABASE_URL (the app's own login) is not",
    );
  }
  if (env.DATABASE_URL) {
    const url = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
    await mustConnect(env.MIGRATION_DATABASE_URL ? "MIGRATION_DATABASE_URL" : "DATABASE_URL", url);
    return { url, embedded: null, env };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: env.GUARANTOR_DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
    log,
  });
  const url = withDatabase(embedded.url, "guarantor");
  if (await ensureDatabase(url)) log("created database guarantor on the embedded server");
  if (!(await canConnect(url)))
    throw new Error(`embedded PostgreSQL does not answer at ${describeUrl(url)}`);
  return { url, embedded, env };
}

/**
 * The URL the web app logs in with, once migrations have run: DATABASE_URL when a
 * separate MIGRATION_DATABASE_URL runs migrations; the app role with its generated
 * password on the embedded server; else DATABASE_URL itself (one role for both).
 */
export async function appDatabaseUrl(target: Target, log: (line: string) => void): Promise<string> {
  const { env } = target;
  if (target.embedded)
    return ensureAppLogin(target.url, await appRolePassword(env.GUARANTOR_DATA_DIR));
  if (!env.DATABASE_URL || !env.MIGRATION_DATABASE_URL) {
    log(
      "note: the app uses DATABASE_URL's role for migrations too; set MIGRATION_DATABASE_URL to run it with fewer rights (README, Database roles)",
    );
    return target.url;
  }
  const [appDb, ownerDb] = [
    await mustConnect("DATABASE_URL", env.DATABASE_URL),
    await mustConnect("MIGRATION_DATABASE_URL", target.url),
  ];
  if (appDb !== ownerDb) {
    throw new Error(
      `Invalid setting: DATABASE_URL (database ${appDb}) and MIGRATION_DATABASE_URL (database ${ownerDb}) must name the same database`,
    );
  }
  return env.DATABASE_URL;
}
