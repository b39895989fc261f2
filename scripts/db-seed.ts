/** `npm run db:seed`: migrate, then load the real dataset into an empty database. */
import { ensurePrismaClient, log, run } from "./lib/cli";

run(async () => {
  ensurePrismaClient();
  const { resolveDatabase } = await import("../lib/db-lifecycle/resolve");
  const { prepareDatabase } = await import("../lib/db-lifecycle/prepare");
  const target = await resolveDatabase(log);
  const { seeded } = await prepareDatabase(target.url, { log });
  if (!seeded)
    log("the database already holds data; nothing seeded (npm run db:reset starts over)");
  await target.embedded?.stop();
  return 0;
});
