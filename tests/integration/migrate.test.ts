import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { withClient, withDatabase } from "@/lib/db-lifecycle/connect";
import { applyMigrations, listMigrations } from "@/lib/db-lifecycle/migrate";
import { dropDatabase } from "../support/server";

const serverUrl = inject("serverUrl");
const made: string[] = [];

async function emptyDatabase(suffix: string) {
  const name = `${inject("runId")}_mig_${suffix}`;
  await dropDatabase(serverUrl, name);
  await withClient(serverUrl, (c) => c.query(`create database "${name}"`));
  made.push(name);
  return withDatabase(serverUrl, name);
}

afterAll(async () => {
  for (const name of made) await dropDatabase(serverUrl, name);
});

describe("applyMigrations", () => {
  it("applies every committed migration once, recording it like prisma migrate", async () => {
    const url = await emptyDatabase("fresh");
    const all = await listMigrations();
    expect(await applyMigrations(url)).toEqual(all.map((m) => m.name));
    expect(await applyMigrations(url)).toEqual([]);
    const rows = await withClient(url, (c) =>
      c.query(`select migration_name, checksum from "_prisma_migrations" order by migration_name`),
    );
    expect(rows.rows).toEqual(all.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it("rolls a failing migration back whole and keeps the ones before it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await mkdir(path.join(dir, "001_good"));
    await writeFile(path.join(dir, "001_good", "migration.sql"), `create table good (id int);`);
    await mkdir(path.join(dir, "002_bad"));
    await writeFile(
      path.join(dir, "002_bad", "migration.sql"),
      `create table half (id int);\nselect * from no_such_table;`,
    );
    const url = await emptyDatabase("failing");

    await expect(applyMigrations(url, dir)).rejects.toThrow(/002_bad failed and was rolled back/);
    const tables = await withClient(url, (c) =>
      c.query<{ tablename: string }>(
        `select tablename from pg_tables where schemaname = 'public' order by 1`,
      ),
    );
    expect(tables.rows.map((r) => r.tablename)).toEqual(["_prisma_migrations", "good"]);
  });

  it("refuses a migration edited after it was applied", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await mkdir(path.join(dir, "001_a"));
    await writeFile(path.join(dir, "001_a", "migration.sql"), `create table a (id int);`);
    const url = await emptyDatabase("edited");
    await applyMigrations(url, dir);
    await writeFile(path.join(dir, "001_a", "migration.sql"), `create table a (id bigint);`);
    await expect(applyMigrations(url, dir)).rejects.toThrow(
      /001_a was changed after it was applied/,
    );
  });
});
