/** `npm run db:deploy`: apply committed migrations (no seeding). */
import { ensurePrismaClient, log, run } from "./lib/cli";

run(async () => {
  ensurePrismaClient();
  const { resolveDatabase } = await import("../lib/db-lifecycle/resolve");
  const { prepareDatabase } = await import("../lib/db-lifecycle/prepare");
  const target = await resolveDatabase(log);
  const { migrated } = await prepareDatabase(target.url, { seed: false, log });
  if (!migrated.length) log("database is up to date");
  await target.embedded?.stop();
  return 0;
});
