/**
 * `npm run chaos [-- --runs 3000 --seed 42 --only fuzz,concurrent-saves]`: the
 * reliability suite. Serves the production build on loopback over a throw-away database
 * (migrated and seeded with the real dataset, on TEST_DATABASE_URL's server or the
 * embedded test server), signs in an admin, runs each section in turn and prints its
 * figures. Stops by itself; exits non-zero when a section reports failures.
 * A section is a module exporting `run(ctx): Promise<Figures>` (scripts/chaos/types.ts).
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildIfStale } from "./lib/build";
import { freePort, startServer, type Server } from "./lib/bench-server";
import { ensurePrismaClient, log, ROOT, run } from "./lib/cli";
import type { ChaosContext, ChaosSection, Figures } from "./chaos/types";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString("hex");

const SECTIONS: { name: string; load: () => Promise<Pick<ChaosSection, "run">> }[] = [
  { name: "fuzz", load: () => import("./chaos/fuzz") },
  { name: "concurrent-saves", load: () => import("./chaos/concurrent-saves") },
  { name: "db-crash", load: () => import("./chaos/db-crash") },
];

const flagsSchema = z.object({
  runs: z.coerce.number().int().min(10).max(100_000).default(3000),
  seed: z.coerce.number().int().default(42),
  port: z.coerce.number().int().min(1024).max(65535).default(3740),
  only: z.string().optional(),
});

const DATABASE = "guarantor_chaos";

run(async () => {
  const { values } = parseArgs({
    options: {
      runs: { type: "string" },
      seed: { type: "string" },
      port: { type: "string" },
      only: { type: "string" },
    },
  });
  const flags = flagsSchema.parse(values);
  const chosen = flags.only
    ? SECTIONS.filter((s) => flags.only!.split(",").includes(s.name))
    : SECTIONS;
  ensurePrismaClient();
  buildIfStale();
  const { startTestServer, createMigratedDatabase, dropDatabase } =
    await import("../tests/support/server");
  const { createClient, prepareDatabase } = await import("../lib/db-lifecycle/prepare");
  const { createAuth } = await import("../lib/auth/config");
  const { createUserAccount } = await import("../lib/auth/users");
  const { signInCookie } = await import("./chaos/http");

  const pg = await startTestServer();
  const databaseUrl = await createMigratedDatabase(pg.url, DATABASE);
  await prepareDatabase(databaseUrl, { log });
  const db = createClient(databaseUrl);
  let server: Server | null = null;
  const results: [string, Figures][] = [];
  try {
    const admin = {
      email: "chaos-admin@chaos.test",
      password: randomBytes(12).toString("hex"),
      name: "Chaos admin",
      role: "admin" as const,
    };
    await createUserAccount(createAuth(db), db, admin, {
      id: null,
      name: "npm run chaos",
      email: null,
    });
    server = await startServer(databaseUrl, await freePort(flags.port));
    const ctx: ChaosContext = {
      base: server.base,
      databaseUrl,
      db,
      cookie: await signInCookie(server.base, admin.email, admin.password),
      seed: flags.seed,
      runs: flags.runs,
      log,
      root: ROOT,
    };
    for (const section of chosen) {
      log(`${section.name}: running (seed ${flags.seed}, ${flags.runs} inputs)`);
      const figures = await (await section.load()).run(ctx);
      results.push([section.name, figures]);
      for (const [name, value] of Object.entries(figures))
        log(`  ${name}: ${typeof value === "number" ? value.toLocaleString("en") : value}`);
      const death = server.death();
      if (death) throw new Error(`the server died during ${section.name}: ${death}`);
    }
  } finally {
    await server?.stop();
    await db.$disconnect();
    await dropDatabase(pg.url, DATABASE);
    await pg.stop();
  }
  const failed = results.filter(([, f]) => f.failures > 0);
  log(
    failed.length
      ? `FAILED: ${failed.map(([n, f]) => `${n} (${f.failures})`).join(", ")}`
      : `all ${results.length} sections passed`,
  );
  return failed.length ? 1 : 0;
});
