import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { isSeeded, seedDatabase, seedFrameworkIfMissing } from "../../prisma/seed/seed";
import { applyMigrations } from "./migrate";

export function createClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
}

/** Applies pending migrations, then seeds the real dataset if the database has none. */
export async function prepareDatabase(
  url: string,
  opts: { seed?: boolean; log?: (line: string) => void } = {},
): Promise<{ migrated: string[]; seeded: boolean }> {
  const log = opts.log ?? (() => {});
  const migrated = await applyMigrations(url);
  if (migrated.length) log(`applied ${migrated.length} migration(s): ${migrated.join(", ")}`);
  let seeded = false;
  if (opts.seed !== false) {
    const client = createClient(url);
    try {
      if (!(await isSeeded(client))) {
        await seedDatabase(client);
        seeded = true;
        log("seeded the real dataset from prisma/seed/sources");
      } else if (await seedFrameworkIfMissing(client)) {
        log("added the peace framework's provisions to the real dataset");
      }
    } finally {
      await client.$disconnect();
    }
  }
  return { migrated, seeded };
}
