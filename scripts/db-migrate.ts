/**
 * Development migrations, standing in for `prisma migrate dev` (whose native engine cannot be
 * downloaded here): diffs prisma/schema.prisma against prisma/migrations, writes the new
 * migration, and applies pending ones to DATABASE_URL (or, unset, the embedded database).
 *
 *   tsx scripts/db-migrate.ts [--name NAME] [--create-only] [--accept-data-loss]
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { resolveDatabase } from "../lib/db-lifecycle/resolve";
import { log } from "./lib/cli";
import { createMigration } from "./lib/schema-engine.js";

const root = fileURLToPath(new URL("..", import.meta.url));

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      name: { type: "string", default: "migration" },
      "create-only": { type: "boolean", default: false },
      "accept-data-loss": { type: "boolean", default: false },
    },
  });
  const target = await resolveDatabase(log);
  const connectionString = target.url;

  const migrationsDir = path.join(root, "prisma", "migrations");
  const result = await createMigration({
    connectionString,
    name: values.name,
    schemaPath: path.join(root, "prisma", "schema.prisma"),
    migrationsDir,
    createOnly: values["create-only"],
    acceptDataLoss: values["accept-data-loss"],
  });

  if (result.drift) {
    console.error(`Drift: the database does not match its migration history.\n${result.drift}`);
    console.error(
      "Nothing was created or applied. Reset the development database (data will be lost), then run again.",
    );
    return 1;
  }
  for (const w of result.warnings) console.warn(`Warning: ${w}`);
  for (const name of result.applied.filter((n) => n !== result.created))
    console.log(`Applied pending ${name}`);
  if (result.created) {
    const file = path.join(
      path.relative(process.cwd(), migrationsDir),
      result.created,
      "migration.sql",
    );
    console.log(
      `Created ${file}${result.applied.includes(result.created) ? " and applied it" : " (not applied)"}`,
    );
  } else {
    console.log("No schema changes: no migration created.");
  }
  if (!values["create-only"]) console.log("The database is in sync with the schema.");
  return 0;
}

// Exit explicitly: the wasm engine leaves a 10 s timer behind.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
