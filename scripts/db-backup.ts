/**
 * `npm run db:backup [-- --out FILE] [--format pgdump|json]`: a backup of the app's
 * database (MIGRATION_DATABASE_URL, else DATABASE_URL, else the embedded one), by
 * default into GUARANTOR_DATA_DIR/backups/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { log, run } from "./lib/cli";

run(async () => {
  const { values } = parseArgs({
    options: { out: { type: "string" }, format: { type: "string" } },
  });
  if (values.format && values.format !== "pgdump" && values.format !== "json")
    throw new Error("--format must be pgdump or json");
  const { resolveDatabase } = await import("../lib/db-lifecycle/resolve");
  const { backupDatabase, chooseFormat } = await import("../lib/db-lifecycle/backup");
  const { describeUrl } = await import("../lib/db-lifecycle/connect");
  const target = await resolveDatabase(log);
  try {
    const format =
      (values.format as "pgdump" | "json" | undefined) ?? (await chooseFormat(target.url));
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const file = path.resolve(
      values.out ??
        path.join(
          target.env.GUARANTOR_DATA_DIR,
          "backups",
          `guarantor-${stamp}.${format === "json" ? "json" : "dump"}`,
        ),
    );
    mkdirSync(path.dirname(file), { recursive: true });
    const started = performance.now();
    await backupDatabase(target.url, file, format);
    log(
      `backed up ${describeUrl(target.url)} to ${file} (${format}, ${Math.round(performance.now() - started)} ms)`,
    );
  } finally {
    await target.embedded?.stop();
  }
  return 0;
});
