import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { withClient } from "./connect";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

type Migration = { name: string; sql: string; checksum: string };

// The same bookkeeping table `prisma migrate` keeps, so Prisma's CLI can take over.
export const BOOKKEEPING = `
create table if not exists "_prisma_migrations" (
  "id" varchar(36) primary key not null,
  "checksum" varchar(64) not null,
  "finished_at" timestamptz,
  "migration_name" varchar(255) not null,
  "logs" text,
  "rolled_back_at" timestamptz,
  "started_at" timestamptz not null default now(),
  "applied_steps_count" integer not null default 0
)`;

// Any constant works; it keeps two starters from migrating one database at once.
const LOCK_KEY = 727_001;

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * Applies the committed migrations the database lacks, each in its own transaction:
 * a failing migration is rolled back whole and stops the run, leaving the database
 * as the previous migration left it.
 */
export async function applyMigrations(url: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await listMigrations(dir);
  return withClient(url, async (c) => {
    await c.query("select pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      await c.query(BOOKKEEPING);
      const done = await c.query<{ migration_name: string; checksum: string }>(
        `select migration_name, checksum from "_prisma_migrations"
         where finished_at is not null and rolled_back_at is null`,
      );
      const applied = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
      const ran: string[] = [];
      for (const m of migrations) {
        const previous = applied.get(m.name);
        if (previous) {
          if (previous !== m.checksum) {
            throw new Error(
              `migration ${m.name} was changed after it was applied (checksum differs)`,
            );
          }
          continue;
        }
        try {
          await c.query("begin");
          await c.query(m.sql);
          await c.query(
            `insert into "_prisma_migrations"
               (id, checksum, finished_at, migration_name, applied_steps_count)
             values ($1, $2, now(), $3, 1)`,
            [randomUUID(), m.checksum, m.name],
          );
          await c.query("commit");
          ran.push(m.name);
        } catch (error) {
          await c.query("rollback").catch(() => {});
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`migration ${m.name} failed and was rolled back: ${reason}`);
        }
      }
      return ran;
    } finally {
      await c.query("select pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    }
  });
}
