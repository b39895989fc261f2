/**
 * `npm run db:backup` / `npm run db:restore`: pg_dump's custom format when a pg_dump
 * at least as new as the server is found, else a JSON dump (backup-json.ts). Restores
 * go into an empty database, as the owner: the audit log refuses UPDATE, DELETE and
 * TRUNCATE, so nothing can be restored "over" existing rows.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chmod, readFile } from "node:fs/promises";
import path from "node:path";
import { dumpJson, restoreJson } from "./backup-json";
import { withClient } from "./connect";
import { MIGRATIONS_DIR } from "./migrate";

export type BackupFormat = "pgdump" | "json";

const APP_ROLE_MIGRATION = path.join(MIGRATIONS_DIR, "20261201100600_app_role", "migration.sql");

async function serverMajor(url: string): Promise<number> {
  const r = await withClient(url, (c) =>
    c.query<{ v: string }>("select current_setting('server_version_num') as v"),
  );
  return Math.floor(Number(r.rows[0]!.v) / 10000);
}

/** A pg_dump/pg_restore pair (same folder) whose major version is at least `major`. */
export function findPgTools(major: number): { pgDump: string; pgRestore: string } | null {
  const dirs = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql").map((v) => `/usr/lib/postgresql/${v}/bin`)
    : [];
  const onPath = spawnSync("sh", ["-c", "command -v pg_dump"], { encoding: "utf8" }).stdout.trim();
  if (onPath) dirs.push(path.dirname(onPath));
  for (const dir of dirs) {
    const pgDump = path.join(dir, "pg_dump");
    const pgRestore = path.join(dir, "pg_restore");
    if (!existsSync(pgDump) || !existsSync(pgRestore)) continue;
    const version = spawnSync(pgDump, ["--version"], { encoding: "utf8" }).stdout ?? "";
    const found = Number(/(\d+)(\.\d+)?/.exec(version)?.[1] ?? 0);
    if (found >= major) return { pgDump, pgRestore };
  }
  return null;
}

/** Runs pg_dump/pg_restore; a failure reports their message, never the URL (it holds a password). */
function runTool(tool: string, args: string[]) {
  const r = spawnSync(tool, args, { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  if (r.status !== 0)
    throw new Error(`${path.basename(tool)} failed: ${(r.stderr || String(r.error)).trim()}`);
}

export async function chooseFormat(url: string): Promise<BackupFormat> {
  return findPgTools(await serverMajor(url)) ? "pgdump" : "json";
}

/** Writes a backup of the database at `url` to `file`. */
export async function backupDatabase(
  url: string,
  file: string,
  format: BackupFormat,
): Promise<void> {
  if (format === "json") return dumpJson(url, file);
  const tools = findPgTools(await serverMajor(url));
  if (!tools) throw new Error("no pg_dump as new as the server was found; use --format json");
  runTool(tools.pgDump, ["--format=custom", "--file", file, "--dbname", url]);
  // It holds password hashes and sessions: readable by this user only, like the JSON dump.
  await chmod(file, 0o600);
}

/** The format of a backup file, from its first bytes. */
export async function formatOf(file: string): Promise<BackupFormat> {
  const head = (await readFile(file)).subarray(0, 5).toString("latin1");
  return head === "PGDMP" ? "pgdump" : "json";
}

export async function isEmptyDatabase(url: string): Promise<boolean> {
  const r = await withClient(url, (c) =>
    c.query(`select 1 from pg_tables where schemaname = 'public' limit 1`),
  );
  return r.rowCount === 0;
}

/**
 * Restores `file` into the empty database at `url` as the connecting (owner) role; the
 * app role's grants are applied afresh, so a backup moves between servers whose owner
 * roles differ.
 */
export async function restoreDatabase(url: string, file: string): Promise<BackupFormat> {
  if (!(await isEmptyDatabase(url))) {
    throw new Error(
      "the database is not empty: restore into an empty database (or pass --wipe to empty this one first)",
    );
  }
  const format = await formatOf(file);
  if (format === "json") {
    await restoreJson(url, file);
  } else {
    const tools = findPgTools(await serverMajor(url));
    if (!tools)
      throw new Error("this backup needs pg_restore, and none as new as the server was found");
    runTool(tools.pgRestore, [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      "--dbname",
      url,
      file,
    ]);
  }
  const grants = await readFile(APP_ROLE_MIGRATION, "utf8");
  await withClient(url, (c) => c.query(grants));
  return format;
}

/** Drops everything in the database's public schema (the owner may; no trigger fires). */
export async function wipeDatabase(url: string) {
  await withClient(url, (c) => c.query("drop schema public cascade; create schema public"));
}
