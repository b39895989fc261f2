import { parseEnv, startEnvSchema, type StartEnv } from "../env";
import { canConnect, describeUrl, ensureDatabase, withClient, withDatabase } from "./connect";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded";

export type Target = { url: string; embedded: EmbeddedServer | null; env: StartEnv };

/**
 * Finds the database `npm start` and the db:* scripts work on: DATABASE_URL if set
 * (it must answer), else the embedded PostgreSQL in GUARANTOR_DATA_DIR.
 * Throws an Error whose message is one line naming the bad setting.
 */
export async function resolveDatabase(log: (line: string) => void): Promise<Target> {
  const env = parseEnv(startEnvSchema);
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    try {
      await withClient(url, (c) => c.query("select 1"));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot connect to DATABASE_URL (${describeUrl(url)}): ${reason}`);
    }
    return { url, embedded: null, env };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: env.GUARANTOR_DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
    log,
  });
  const url = withDatabase(embedded.url, "guarantor");
  if (await ensureDatabase(url)) log("created database guarantor on the embedded server");
  if (!(await canConnect(url))) throw new Error(`embedded PostgreSQL does not answer at ${describeUrl(url)}`);
  return { url, embedded, env };
}
