/**
 * `npm run db:restore -- FILE [--wipe]`: restores a backup made by db:backup into the
 * app's database, which must be empty (--wipe empties it first: everything in it is
 * lost). Runs as the owner (MIGRATION_DATABASE_URL, else DATABASE_URL, else the
 * embedded superuser): the audit log accepts no UPDATE or DELETE, so rows are never
 * restored over existing ones. Stop the app first.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { ensurePrismaClient, log, run } from "./lib/cli";

run(async () => {
  const { values, positionals } = parseArgs({
    options: { wipe: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) throw new Error("usage: npm run db:restore -- FILE [--wipe]");
  ensurePrismaClient();
  const { resolveDatabase } = await import("../lib/db-lifecycle/resolve");
  const { restoreDatabase, wipeDatabase } = await import("../lib/db-lifecycle/backup");
  const { describeUrl } = await import("../lib/db-lifecycle/connect");
  const target = await resolveDatabase(log);
  try {
    if (values.wipe) {
      await wipeDatabase(target.url);
      log(`emptied ${describeUrl(target.url)}`);
    }
    const started = performance.now();
    const format = await restoreDatabase(target.url, path.resolve(file));
    log(
      `restored ${file} (${format}) into ${describeUrl(target.url)} in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await target.embedded?.stop();
  }
  return 0;
});
