/** `npm run db:reset -- --yes`: drop every table, re-apply migrations, re-seed. */
import { ensurePrismaClient, log, run } from "./lib/cli";

run(async () => {
  if (!process.argv.includes("--yes")) {
    throw new Error(
      "db:reset deletes all data in the database; run it as `npm run db:reset -- --yes`",
    );
  }
  ensurePrismaClient();
  const { resolveDatabase } = await import("../lib/db-lifecycle/resolve");
  const { prepareDatabase } = await import("../lib/db-lifecycle/prepare");
  const { describeUrl, withClient } = await import("../lib/db-lifecycle/connect");
  const target = await resolveDatabase(log);
  await withClient(target.url, (c) => c.query("drop schema public cascade; create schema public"));
  log(`emptied ${describeUrl(target.url)}`);
  await prepareDatabase(target.url, { log });
  await target.embedded?.stop();
  return 0;
});
