/**
 * Where synthetic data goes, and the checks that keep it away from the real dataset:
 * a database of its own, never the app's, never one holding anything not generated.
 */
import { z } from "zod";
import { describeUrl, withClient, withDatabase } from "../../lib/db-lifecycle/connect";
import type { EmbeddedServer } from "../../lib/db-lifecycle/embedded";
import { embeddedUrl } from "../../lib/db-lifecycle/embedded";
import { resolveDatabase } from "../../lib/db-lifecycle/resolve";
import { parseEnv, startEnvSchema } from "../../lib/env";
import { COALITION_SLUG, DEFAULT_DATABASE, TAG, TITLE_PREFIX } from "./labels";

const syntheticEnvSchema = z.object({
  SYNTHETIC_DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// connection URL")
    .optional(),
});

/** True when both URLs name the same database on the same server (credentials aside). */
export function sameDatabase(a: string, b: string): boolean {
  const key = (url: string) => {
    const u = new URL(url);
    const host = u.hostname === "localhost" ? "127.0.0.1" : u.hostname;
    return `${host}:${u.port || "5432"}/${decodeURIComponent(u.pathname.slice(1))}`;
  };
  return key(a) === key(b);
}

/**
 * SYNTHETIC_DATABASE_URL if set, else `guarantor_synthetic` on the app's server (which
 * may mean starting the embedded one: the caller stops `embedded` when done).
 */
export async function resolveSyntheticTarget(
  log: (line: string) => void,
): Promise<{ url: string; embedded: EmbeddedServer | null }> {
  const { SYNTHETIC_DATABASE_URL: given } = parseEnv(syntheticEnvSchema);
  const env = parseEnv(startEnvSchema);
  const appUrl =
    env.DATABASE_URL ??
    embeddedUrl({
      port: env.EMBEDDED_PG_PORT,
      dataDir: env.GUARANTOR_DATA_DIR,
      database: "guarantor",
    });
  const target = given ? { url: given, embedded: null } : await fromAppServer(log);
  if (sameDatabase(target.url, appUrl)) {
    await target.embedded?.stop();
    throw new Error(
      `refusing to use the app's own database (${describeUrl(appUrl)}) for synthetic data; point SYNTHETIC_DATABASE_URL elsewhere`,
    );
  }
  return target;
}

async function fromAppServer(log: (line: string) => void) {
  const app = await resolveDatabase(log);
  return { url: withDatabase(app.url, DEFAULT_DATABASE), embedded: app.embedded };
}

export type Inspection =
  { kind: "empty" } | { kind: "synthetic"; pledges: number } | { kind: "foreign"; reason: string };

/** What the database holds now: nothing, synthetic data only, or anything else. */
export async function inspectDatabase(url: string): Promise<Inspection> {
  return withClient(url, async (c) => {
    const tables = new Set(
      (
        await c.query<{ name: string }>(
          `select tablename as name from pg_tables where schemaname = 'public'`,
        )
      ).rows.map((r) => r.name),
    );
    if (tables.size === 0) return { kind: "empty" };
    if (!tables.has("_prisma_migrations") || !tables.has("Source")) {
      return {
        kind: "foreign",
        reason: `it has tables that are not Guarantor's (${[...tables].sort().slice(0, 3).join(", ")})`,
      };
    }
    const first = async (sql: string, params: unknown[] = []) =>
      (await c.query<{ id: string }>(sql, params)).rows[0]?.id;
    const source = await first(
      `select id from "Source" where id = 'after-the-summit' or title not like $1 order by (id = 'after-the-summit') desc, id limit 1`,
      [`${TITLE_PREFIX}%`],
    );
    if (source === "after-the-summit")
      return { kind: "foreign", reason: `it holds the real dataset (source "${source}")` };
    if (source)
      return { kind: "foreign", reason: `it holds a source that is not synthetic ("${source}")` };
    const coalition = await first(`select slug as id from "Coalition" where slug <> $1 limit 1`, [
      COALITION_SLUG,
    ]);
    if (coalition)
      return {
        kind: "foreign",
        reason: `it holds a coalition that is not synthetic ("${coalition}")`,
      };
    const pledge = await first(`select id from "Pledge" where description not like $1 limit 1`, [
      `${TAG}%`,
    ]);
    if (pledge)
      return { kind: "foreign", reason: `it holds a pledge that is not synthetic ("${pledge}")` };
    if (tables.has("User") && (await first(`select id from "User" limit 1`)))
      return { kind: "foreign", reason: "it has user accounts" };
    const pledges = Number(
      (await c.query<{ n: string }>(`select count(*) as n from "Pledge"`)).rows[0]!.n,
    );
    const coalitions = Number(
      (await c.query<{ n: string }>(`select count(*) as n from "Coalition"`)).rows[0]!.n,
    );
    return pledges || coalitions ? { kind: "synthetic", pledges } : { kind: "empty" };
  });
}

export function refusal(url: string, reason: string) {
  return new Error(
    `refusing to write synthetic data into ${describeUrl(url)}: ${reason}; it only writes to a database of its own`,
  );
}
