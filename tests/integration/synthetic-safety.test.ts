import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { withClient, withDatabase } from "@/lib/db-lifecycle/connect";
import { createClient } from "@/lib/db-lifecycle/prepare";
import { generateSyntheticData } from "@/scripts/synthetic/generate";
import { seedDatabase } from "../../prisma/seed/seed";
import { createDatabaseFrom, dropDatabase } from "../support/server";

const ROOT = path.resolve(import.meta.dirname, "../..");
const serverUrl = inject("serverUrl");
const made: string[] = [];

/** A database of this test's own, migrated (copied from the template) or not at all. */
async function database(suffix: string, migrated = true) {
  const name = `${inject("runId")}_syn_${suffix}`;
  await dropDatabase(serverUrl, name);
  made.push(name);
  if (migrated) return createDatabaseFrom(serverUrl, name, inject("templateDb"));
  return withDatabase(serverUrl, name);
}

afterAll(async () => {
  for (const name of made) await dropDatabase(serverUrl, name);
});

/** A fingerprint of everything generated: pledges, citations, sources and history. */
async function fingerprint(url: string) {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{
      pledges: string;
      citations: string;
      sources: string;
      audit: string;
    }>(`select
      (select md5(string_agg(row_to_json(p)::text, '|' order by id)) from "Pledge" p) as pledges,
      (select md5(string_agg(row_to_json(c)::text, '|' order by id)) from "Citation" c) as citations,
      (select md5(string_agg(text, '|' order by id)) from "Source") as sources,
      (select md5(string_agg(concat_ws(',', "entityType", "entityId", action, at, after::text), '|' order by id)) from "AuditEntry") as audit`);
    return rows[0]!;
  });
}

const pledgeCount = (url: string) =>
  withClient(url, async (c) =>
    Number((await c.query(`select count(*) as n from "Pledge"`)).rows[0].n),
  );

describe("the synthetic data generator", () => {
  it("refuses a database that holds the real dataset, even with --reset, and leaves it untouched", async () => {
    const url = await database("real");
    const client = createClient(url);
    await seedDatabase(client);
    const before = await client.citation.count();
    await expect(generateSyntheticData({ url, pledges: 50, seed: 1, reset: true })).rejects.toThrow(
      /^refusing to write synthetic data into .*: it holds the real dataset \(source "after-the-summit"\)/,
    );
    expect(await client.citation.count()).toBe(before);
    expect(await client.source.count({ where: { id: "after-the-summit" } })).toBe(1);
    await client.$disconnect();
  });

  it("creates a missing database, and refuses to overwrite its own data without --reset", async () => {
    const url = await database("fresh", false);
    await generateSyntheticData({ url, pledges: 40, seed: 5 });
    expect(await pledgeCount(url)).toBe(40);
    await expect(generateSyntheticData({ url, pledges: 60, seed: 5 })).rejects.toThrow(
      /already holds synthetic data \(40 pledges\); add --reset/,
    );
    await generateSyntheticData({ url, pledges: 60, seed: 5, reset: true });
    expect(await pledgeCount(url)).toBe(60);
  });

  it("makes the same data from the same --seed, and other data from another", async () => {
    const [a, b, c] = await Promise.all([
      database("seed_a"),
      database("seed_b"),
      database("seed_c"),
    ]);
    await generateSyntheticData({ url: a, pledges: 120, seed: 42 });
    await generateSyntheticData({ url: b, pledges: 120, seed: 42 });
    await generateSyntheticData({ url: c, pledges: 120, seed: 43 });
    const [fa, fb, fc] = await Promise.all([fingerprint(a), fingerprint(b), fingerprint(c)]);
    expect(fb).toEqual(fa);
    expect(fc.pledges).not.toBe(fa.pledges);
    expect(fc.audit).not.toBe(fa.audit);
  });

  it("npm run db:synthetic refuses the app's own DATABASE_URL with one line", () => {
    const appUrl = process.env.DATABASE_URL!;
    const result = spawnSync(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["scripts/db-synthetic.ts", "--pledges", "10"],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: appUrl, SYNTHETIC_DATABASE_URL: appUrl },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^guarantor: refusing to use the app's own database \(postgresql:\/\/[^)]+\) for synthetic data; point SYNTHETIC_DATABASE_URL elsewhere$/,
    );
  });

  it("npm run db:synthetic rejects a bad flag with one line", () => {
    const result = spawnSync(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["scripts/db-synthetic.ts", "--pledges", "lots"],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^guarantor: Invalid flag: --pledges /);
  });
});
