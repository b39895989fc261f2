/**
 * The JSON backup, for when no pg_dump as new as the server is at hand (the embedded
 * PostgreSQL 18 ships no pg_dump). Rows are produced and read back by PostgreSQL
 * itself (json_agg / jsonb_populate_recordset), so types and big integers survive.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { withClient } from "./connect";
import { applyMigrations, MIGRATIONS_DIR } from "./migrate";

const FORMAT = "guarantor-json-backup";
const BOOKKEEPING = "_prisma_migrations";

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function tablesInForeignKeyOrder(c: pg.Client): Promise<string[]> {
  const tables = (
    await c.query<{ t: string }>(
      `select tablename as t from pg_tables where schemaname = 'public' order by 1`,
    )
  ).rows.map((r) => r.t);
  const edges = (
    await c.query<{ child: string; parent: string }>(
      `select conrelid::regclass::text as child, confrelid::regclass::text as parent
       from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`,
    )
  ).rows.map((e) => ({ child: e.child.replaceAll('"', ""), parent: e.parent.replaceAll('"', "") }));
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t) visit(e.parent, path);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered.filter((t) => t !== BOOKKEEPING);
}

export async function dumpJson(url: string, file: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query("begin isolation level repeatable read read only");
    const migrations = (
      await c.query<{ m: string }>(
        `select migration_name as m from ${BOOKKEEPING} where finished_at is not null and rolled_back_at is null order by 1`,
      )
    ).rows.map((r) => r.m);
    const parts: string[] = [];
    for (const t of await tablesInForeignKeyOrder(c)) {
      const r = await c.query<{ rows: string }>(
        `select coalesce(json_agg(t), '[]')::text as rows from ${ident(t)} t`,
      );
      parts.push(`${JSON.stringify(t)}:${r.rows[0]!.rows}`);
    }
    await c.query("commit");
    const header = { format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations };
    await writeFile(
      file,
      `${JSON.stringify(header).slice(0, -1)},"tables":{${parts.join(",")}}}\n`,
      { mode: 0o600 },
    );
  });
}

/**
 * Migrates the empty database to the backup's migrations, loads the rows in
 * foreign-key order in one transaction, then applies any newer migrations.
 */
export async function restoreJson(url: string, file: string): Promise<void> {
  const text = await readFile(file, "utf8");
  const head = JSON.parse(text.slice(0, text.indexOf(',"tables":')) + "}") as {
    format?: string;
    migrations?: string[];
  };
  if (head.format !== FORMAT || !Array.isArray(head.migrations))
    throw new Error(`${file} is not a Guarantor backup`);
  const dir = await mkdtemp(path.join(tmpdir(), "guarantor-restore-"));
  try {
    for (const m of head.migrations)
      await cp(path.join(MIGRATIONS_DIR, m), path.join(dir, m), { recursive: true });
    await applyMigrations(url, dir);
  } catch (error) {
    throw new Error(`the backup needs migrations this version does not have (${String(error)})`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await withClient(url, async (c) => {
    await c.query("begin");
    await c.query(
      `create temp table restore_doc on commit drop as select $1::jsonb -> 'tables' as doc`,
      [text],
    );
    // Migrations insert a few rows themselves (the data version): the backup's replace them.
    for (const t of await tablesInForeignKeyOrder(c)) {
      const cols = (
        await c.query<{ name: string }>(
          `select attname as name from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`,
          [ident(t)],
        )
      ).rows.map((r) => ident(r.name));
      if (!cols.length) continue;
      await c.query(`delete from ${ident(t)}`);
      await c.query(
        `insert into ${ident(t)} (${cols.join(", ")}) select ${cols.join(", ")}
         from jsonb_populate_recordset(null::${ident(t)}, coalesce((select doc -> $1 from restore_doc), '[]'))`,
        [t],
      );
    }
    // The data version as it was, not as the inserts above bumped it.
    await c.query(`delete from "DataVersion"`);
    await c.query(
      `insert into "DataVersion" select * from jsonb_populate_recordset(null::"DataVersion", (select doc -> 'DataVersion' from restore_doc))`,
    );
    // Sequences continue after the restored ids.
    await c.query(`
      do $$ declare r record; begin
        for r in select c.relname as t, a.attname as col, pg_get_serial_sequence(format('%I', c.relname), a.attname) as seq
                 from pg_class c join pg_attribute a on a.attrelid = c.oid
                 where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0
        loop
          if r.seq is not null then
            execute format('select setval(%L, coalesce((select max(%I) from %I), 0) + 1, false)', r.seq, r.col, r.t);
          end if;
        end loop;
      end $$`);
    await c.query("commit");
  });
  await applyMigrations(url);
}
