import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import {
  backupDatabase,
  findPgTools,
  restoreDatabase,
  wipeDatabase,
  type BackupFormat,
} from "@/lib/db-lifecycle/backup";
import { withClient } from "@/lib/db-lifecycle/connect";
import { createClient } from "@/lib/db-lifecycle/prepare";
import { appRolePassword, ensureAppLogin } from "@/lib/db-lifecycle/roles";
import { seedDatabase } from "@/prisma/seed/seed";
import { makeCoalition, makePledge, recordHistory } from "../support/factory";
import { EMBEDDED_TEST_DIR } from "../support/server";

const url = process.env.DATABASE_URL!;
let dir = "";

/**
 * Every row of every table, as text, in a stable order; of the migration record only
 * the names (a JSON restore re-applies migrations, with new ids and times).
 */
async function everything(): Promise<Record<string, string[]>> {
  return withClient(url, async (c) => {
    const tables = await c.query<{ t: string }>(
      `select tablename as t from pg_tables where schemaname = 'public' order by 1`,
    );
    const out: Record<string, string[]> = {};
    for (const { t } of tables.rows) {
      const row = t === "_prisma_migrations" ? "x.migration_name" : "x::text";
      const r = await c.query<{ rows: string[] }>(
        `select coalesce(array_agg(${row} order by ${row}), '{}') as rows from "${t}" x`,
      );
      out[t] = r.rows[0]!.rows;
    }
    return out;
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "guarantor-backup-"));
  const client = createClient(url);
  await seedDatabase(client);
  await client.$disconnect();
  const pledge = await makePledge({ coalitionSlug: await makeCoalition() });
  await recordHistory("Pledge", pledge.id);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const formats: BackupFormat[] = ["json"];
// pg_dump must be at least as new as the server: the machine's may be, the embedded 18 has none.
if (
  findPgTools(
    await withClient(url, async (c) =>
      Math.floor(
        Number((await c.query("show server_version_num")).rows[0].server_version_num) / 10000,
      ),
    ),
  )
) {
  formats.unshift("pgdump");
}

describe.each(formats)("db:backup and db:restore (%s)", (format) => {
  it("round-trips every row and the whole audit log through backup, wipe and restore", async () => {
    const before = await everything();
    expect(before.AuditEntry!.length).toBeGreaterThan(1);
    const file = path.join(dir, `backup.${format}`);
    await backupDatabase(url, file, format);

    await expect(restoreDatabase(url, file)).rejects.toThrow(/not empty/);
    await wipeDatabase(url);
    expect(Object.keys(await everything())).toEqual([]);
    expect(await restoreDatabase(url, file)).toBe(format);
    expect(await everything()).toEqual(before);
  }, 120_000);

  it("leaves the app role its rights after a restore: history appends, and is still not rewritable", async () => {
    const appUrl = await ensureAppLogin(url, await appRolePassword(EMBEDDED_TEST_DIR));
    const app = new pg.Client({ connectionString: appUrl });
    await app.connect();
    try {
      await app.query(
        `insert into "AuditEntry" ("actorName", action, "entityType", "entityId") values ('after restore', 'CREATE', 'Source', 'x')`,
      );
      await expect(app.query(`update "AuditEntry" set reason = 'x'`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(app.query(`alter table "AuditEntry" disable trigger all`)).rejects.toThrow(
        /must be owner/,
      );
    } finally {
      await app.end();
    }
  });
});
