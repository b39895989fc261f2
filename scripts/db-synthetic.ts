/**
 * `npm run db:synthetic -- --pledges 100000 [--seed S] [--reset]`: fills a database of
 * its own (SYNTHETIC_DATABASE_URL, else guarantor_synthetic on the app's server) with
 * generated data labelled synthetic, for demos and benchmarks. Never the real dataset.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { ensurePrismaClient, log, run } from "./lib/cli";

const flagsSchema = z.object({
  pledges: z.coerce.number().int().min(1).max(5_000_000).default(100_000),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  reset: z.boolean().default(false),
});

run(async () => {
  const { values } = parseArgs({
    options: { pledges: { type: "string" }, seed: { type: "string" }, reset: { type: "boolean" } },
  });
  const parsed = flagsSchema.safeParse(values);
  if (!parsed.success) {
    throw new Error(
      `Invalid flag: ${parsed.error.issues.map((i) => `--${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  }
  const flags = parsed.data;
  ensurePrismaClient();
  const { resolveSyntheticTarget } = await import("./synthetic/target");
  const { generateSyntheticData } = await import("./synthetic/generate");
  const { describeUrl } = await import("../lib/db-lifecycle/connect");
  const target = await resolveSyntheticTarget(log);
  try {
    const seed = flags.seed ?? Math.floor(Math.random() * 1_000_000);
    log(
      `synthetic database: ${describeUrl(target.url)}; ${flags.pledges} pledges, seed ${seed} (--seed ${seed} reproduces it)`,
    );
    const counts = await generateSyntheticData({
      url: target.url,
      pledges: flags.pledges,
      seed,
      reset: flags.reset,
      log,
    });
    log(
      Object.entries(counts)
        .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
        .join(", "),
    );
  } finally {
    await target.embedded?.stop();
  }
  return 0;
});
