/** The synthetic data generator: checks the target, migrates it, writes N pledges and the world around them. */
import { base, en, Faker } from "@faker-js/faker";
import { describeUrl, ensureDatabase, withClient } from "../../lib/db-lifecycle/connect";
import { applyMigrations } from "../../lib/db-lifecycle/migrate";
import { pledgeChunks } from "./pledges";
import { inspectDatabase, refusal } from "./target";
import { buildWorld } from "./world";
import { writeSynthetic } from "./write";

export type GenerateOptions = {
  url: string;
  pledges: number;
  seed: number;
  reset?: boolean;
  log?: (line: string) => void;
};

const CHUNK = 5000;

export async function generateSyntheticData(
  opts: GenerateOptions,
): Promise<Record<string, number>> {
  const log = opts.log ?? (() => {});
  const where = describeUrl(opts.url);
  if (await ensureDatabase(opts.url)) log(`created database ${where}`);
  const found = await inspectDatabase(opts.url);
  if (found.kind === "foreign") throw refusal(opts.url, found.reason);
  if (found.kind === "synthetic") {
    if (!opts.reset) {
      throw new Error(
        `${where} already holds synthetic data (${found.pledges} pledges); add --reset to replace it`,
      );
    }
    // The audit log refuses DELETE and TRUNCATE by design, so start from an empty schema.
    await withClient(opts.url, (c) => c.query("drop schema public cascade; create schema public"));
    log(`emptied ${where}`);
  }
  const migrated = await applyMigrations(opts.url);
  if (migrated.length) log(`applied ${migrated.length} migration(s)`);

  const started = performance.now();
  const f = new Faker({ locale: [en, base] });
  f.seed(opts.seed);
  const world = buildWorld(f, { pledges: opts.pledges, seed: opts.seed });
  const counts = await writeSynthetic(opts.url, world, pledgeChunks(f, world, opts.pledges, CHUNK));
  const written = performance.now();
  log(
    `generated and wrote ${opts.pledges.toLocaleString("en")} pledges in ${seconds(written - started)}`,
  );
  // Fresh planner statistics, so the first requests are planned on the real row counts.
  await withClient(opts.url, (c) => c.query("vacuum analyze"));
  log(`vacuum analyze in ${seconds(performance.now() - written)}`);
  return counts;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
