/**
 * `prisma migrate dev` without Prisma's native schema engine, which cannot be downloaded here.
 *
 * Drives Prisma's own engine compiled to WebAssembly (@prisma/schema-engine-wasm) through
 * @prisma/adapter-pg, following the steps of `prisma migrate dev`. It writes the same
 * prisma/migrations/<timestamp>_<name>/migration.sql, migration_lock.toml and `_prisma_migrations`
 * rows, so the official CLI can take over wherever its binary is available.
 *
 * Only the default `public` schema is supported (a `?schema=` parameter is not honoured).
 * The engine leaves a 10 s timer behind: CLI callers should exit explicitly when done.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

import { MigrationConnections } from "./schema-engine/connections";
import { loadEngine } from "./schema-engine/wasm";

export interface CreateMigrationOptions {
  /** The development database to diff against and apply to. */
  connectionString: string;
  /** Migration name; slugified like `prisma migrate dev --name`. */
  name: string;
  schemaPath: string;
  migrationsDir: string;
  /** Write the migration but apply nothing (`prisma migrate dev --create-only`). */
  createOnly?: boolean;
  /** Create and apply even though the engine warns of data loss (the CLI's confirmation prompt). */
  acceptDataLoss?: boolean;
  /** Receives the engine's debug log. */
  log?: (line: string) => void;
}

export interface CreateMigrationResult {
  /** Directory name of the new migration, or null when the schema had no changes (or on drift). */
  created: string | null;
  /** Migrations applied to the database by this run, in order (pending ones first). */
  applied: string[];
  /** Why the database no longer matches its migration history (it needs a reset); nothing was done. */
  drift: string | null;
  /** Data-loss warnings and unexecutable steps for the new migration. */
  warnings: string[];
}

export async function createMigration(
  opts: CreateMigrationOptions,
): Promise<CreateMigrationResult> {
  const schema = {
    files: [{ path: opts.schemaPath, content: await readFile(opts.schemaPath, "utf8") }],
  };
  const filters = { externalTables: [], externalEnums: [] };
  const connections = new MigrationConnections(opts.connectionString);
  const adapter = bindMigrationAwareSqlAdapterFactory(connections);
  const { SchemaEngine } = await loadEngine();

  let engine: SchemaEngine | undefined;
  // Runs an engine command, turning errors the adapter raised in JS back into the originals.
  const run = async <T>(command: (e: SchemaEngine) => Promise<T>): Promise<T> => {
    try {
      engine ??= await SchemaEngine.new(
        { datamodels: schema.files.map((f): [string, string] => [f.path, f.content]) },
        opts.log ?? (() => {}),
        adapter,
      );
      return await command(engine);
    } catch (error) {
      const message = String((error as Error)?.message ?? error);
      const id = /External error id#(\d+)/.exec(message)?.[1];
      const original =
        id === undefined ? undefined : adapter.errorRegistry.consumeError(Number(id))?.error;
      if (original === undefined) throw error;
      throw new Error(`${message.split("\n")[0]}: ${(original as Error)?.message ?? original}`, {
        cause: original,
      });
    }
  };
  const migrations = () => listMigrations(opts.migrationsDir);

  try {
    const result: CreateMigrationResult = { created: null, applied: [], drift: null, warnings: [] };
    const driftReason = async () => {
      const { action } = await run(async (e) =>
        e.devDiagnostic({ migrationsList: await migrations(), filters }),
      );
      return action.tag === "reset" ? action.reason : null;
    };

    // The wasm engine's evaluateDataLoss and createMigration cannot open a shadow database
    // themselves: they reuse the migrations' schema that devDiagnostic's drift check built in one,
    // and that check only runs once the database has every committed migration. Hence: apply
    // pending migrations, then diagnose again (else: "PostgreSQL shadow DB must be provided
    // through an external factory").
    result.drift = await driftReason();
    if (result.drift) return result;

    if (opts.createOnly) {
      const { history } = await run(async (e) =>
        e.diagnoseMigrationHistory({
          migrationsList: await migrations(),
          optInToShadowDatabase: false,
          filters,
        }),
      );
      if (history?.diagnostic === "databaseIsBehind") {
        throw new Error(
          `The database lacks committed migrations, so no new one can be diffed:\n` +
            `${bullets(history.unappliedMigrationNames)}\nApply them first (run without --create-only).`,
        );
      }
    } else {
      result.applied.push(
        ...(
          await run(async (e) => e.applyMigrations({ migrationsList: await migrations(), filters }))
        ).appliedMigrationNames,
      );
      if (result.applied.length > 0) {
        result.drift = await driftReason();
        if (result.drift) return result;
      }
    }

    const loss = await run(async (e) =>
      e.evaluateDataLoss({ migrationsList: await migrations(), schema, filters }),
    );
    const unexecutable = loss.unexecutableSteps.map((s) => `unexecutable: ${s.message}`);
    result.warnings = [...unexecutable, ...loss.warnings.map((w) => w.message)];
    // As `prisma migrate dev`: unexecutable steps may only be written as a draft to edit by hand,
    // and data loss needs the user's consent (the CLI prompts; here it is a flag).
    if (unexecutable.length > 0 && !opts.createOnly) {
      throw new Error(
        `The migration cannot be applied as generated:\n${bullets(unexecutable)}\n` +
          `Create it with --create-only, edit the SQL, then run again.`,
      );
    }
    if (loss.warnings.length > 0 && !opts.createOnly && !opts.acceptDataLoss) {
      throw new Error(
        `The migration would lose data:\n${bullets(result.warnings)}\n` +
          `Run again with --accept-data-loss to create and apply it, or --create-only to review it first.`,
      );
    }
    if (loss.migrationSteps === 0) return result;

    const migrationsList = await migrations();
    const out = await run((e) =>
      e.createMigration({
        draft: false,
        migrationName: slugify(opts.name),
        migrationsList,
        schema,
        filters,
      }),
    );
    if (out.migrationScript === null) return result;
    const dir = path.join(opts.migrationsDir, out.generatedMigrationName);
    if (existsSync(dir)) throw new Error(`The migration directory already exists at ${dir}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript, "utf8");
    if (migrationsList.lockfile.content === null) {
      // Byte for byte what `prisma migrate dev` writes.
      await writeFile(
        path.join(opts.migrationsDir, migrationsList.lockfile.path),
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
        "utf8",
      );
    }
    result.created = out.generatedMigrationName;

    if (!opts.createOnly) {
      result.applied.push(
        ...(
          await run(async (e) => e.applyMigrations({ migrationsList: await migrations(), filters }))
        ).appliedMigrationNames,
      );
    }
    return result;
  } finally {
    engine?.free();
    await connections.close();
  }
}

/** The migrations folder as the engine wants it (what the Prisma CLI's listMigrations reads). */
async function listMigrations(baseDir: string): Promise<MigrationList> {
  const lockfilePath = "migration_lock.toml";
  const lockfileContent = await readFile(path.join(baseDir, lockfilePath), "utf8").catch(
    () => null,
  );
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  dirs.sort((a, b) => a.localeCompare(b));
  return {
    baseDir,
    lockfile: { path: lockfilePath, content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(baseDir, name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

/** Like the CLI's `slugify(name, { separator: "_" })`: "Add userEmail!" -> "add_user_email". */
function slugify(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z\d]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
}

function bullets(lines: string[]): string {
  return lines.map((l) => `  - ${l}`).join("\n");
}
