/**
 * `npm run bench [-- --quick] [-- --only real,anon,dashboard] [-- --duration 5 --connections 10]`:
 * serves the production build on the real dataset and on 100,000 synthetic pledges (each
 * a throw-away copy) and measures every public view, anonymous and signed in: latency one
 * request at a time with the SQL statements it runs, then throughput and p50/p95/p99 under
 * load (autocannon), as a share of the static file's. Then the time from an editor's save
 * to the page showing it, and first-load JS per route from the build's manifests. Prints
 * the tables and writes them to docs/bench-results.md. Two instances behind nginx:
 * `npm run bench:cluster`.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildIfStale } from "./lib/build";
import { copiedDatabase, realDatabase, type BenchDatabase } from "./lib/bench-data";
import { editToVisible, firstListedPledge, summary, type Visibility } from "./lib/bench-edit";
import { firstLoadJs, jsSection } from "./lib/bench-js";
import { measure, type Endpoint, type LoadFlags } from "./lib/bench-load";
import { METHOD, report, runSection, type Result, type Section } from "./lib/bench-report";
import { countingProxy, type SqlCounter } from "./lib/bench-sql";
import { freePort, startServer, type Server } from "./lib/bench-server";
import { chooseTargets, QUICK_KEYS, type KeyedTarget } from "./lib/bench-targets";
import { ensurePrismaClient, log, run } from "./lib/cli";
import { signInCookie } from "./chaos/http";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
// Both the bench's own auth calls (creating the editor) and the server must sign alike.
process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString("hex");

const flagsSchema = z.object({
  duration: z.coerce.number().int().min(1).max(600).optional(),
  connections: z.coerce.number().int().min(1).max(1000).default(10),
  pledges: z.coerce.number().int().min(1).default(100_000),
  /** At most this many requests one at a time per target (fewer for slow pages). */
  sample: z.coerce.number().int().min(1).max(1000).optional(),
  /** Seconds: a request slower than this alone, or a round of --connections requests slower than this, is not put under load. */
  slow: z.coerce.number().min(1).max(600).default(60),
  port: z.coerce.number().int().min(1024).max(65535).default(3143),
  edits: z.coerce.number().int().min(1).max(100).optional(),
  quick: z.boolean().default(false),
  only: z.string().optional(),
});
type Flags = z.infer<typeof flagsSchema>;

const DATASETS = ["real", "100k"] as const;
const AUDIENCES = ["anon", "signed-in"] as const;
const PARTS = ["pages", "edit", "js"] as const;

run(async () => {
  const flags = parseFlags();
  const load: LoadFlags = {
    duration: flags.duration ?? (flags.quick ? 3 : 5),
    connections: flags.connections,
    sample: flags.sample ?? (flags.quick ? 5 : 20),
    slow: flags.slow,
  };
  const edits = flags.edits ?? (flags.quick ? 3 : 5);
  const only = choice(flags.only);
  ensurePrismaClient();
  buildIfStale();
  const { resolveSyntheticTarget } = await import("./synthetic/target");
  const target = await resolveSyntheticTarget(log);
  const sections: Section[] = [];
  const visible: [string, Visibility][] = [];
  try {
    for (const dataset of DATASETS.filter((d) => only.datasets.has(d))) {
      const db =
        dataset === "real"
          ? await realDatabase(target.url, "guarantor_bench_real")
          : await syntheticCopy(target.url, flags.pledges);
      const label =
        dataset === "real"
          ? "real dataset"
          : `${flags.pledges.toLocaleString("en")} synthetic pledges`;
      let sql: SqlCounter | null = null;
      let server: Server | null = null;
      try {
        sql = await countingProxy(db.url);
        server = await startServer(sql.url, await freePort(flags.port));
        const cookie = await signInCookie(server.base, db.editor.email, db.editor.password);
        const all = await chooseTargets(db.url);
        const unknown = only.keys.filter(
          (k) => !all.some((t) => t.key === k || t.key.startsWith(`${k}-`)),
        );
        if (unknown.length)
          throw new Error(
            `--only: unknown ${unknown.join(", ")}; known: ${[...DATASETS, ...AUDIENCES, ...PARTS, ...all.map((t) => t.key)].join(", ")}`,
          );
        const targets = all.filter((t) => only.targets(t.key, flags.quick));
        if (only.parts.has("pages"))
          sections.push(
            ...(await measurePages(server, sql, cookie, targets, only.audiences, load, label)),
          );
        if (only.parts.has("edit")) {
          const page = all.find((t) => t.key === "country-largest")!.path;
          const pledgeId = await firstListedPledge(server.base, page);
          const [one] = await editToVisible({
            editBase: server.base,
            cookie,
            pledgeId,
            page,
            readers: [{ name: `${page} (${label})`, base: server.base }],
            edits,
          });
          visible.push([label, one!]);
        }
      } finally {
        await server?.stop();
        await sql?.close();
        await db.drop();
      }
    }
  } finally {
    await target.embedded?.stop();
  }
  if (visible.length) {
    sections.push({
      title: "Edit to visible (one instance; two behind nginx: npm run bench:cluster)",
      header: ["data", "page", "visible to anonymous readers after"],
      rows: visible.map(([data, v]) => [data, v.reader.split(" (")[0]!, summary(v)]),
    });
  }
  if (only.parts.has("js")) sections.push(jsSection(firstLoadJs()));
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
  const data = `the real dataset (fresh database, seeded) and a copy of the synthetic database \`${decodeURIComponent(new URL(target.url).pathname.slice(1))}\` (\`npm run db:synthetic\`); production build served by scripts/serve.ts`;
  report({
    heading: "Benchmark results",
    sections,
    command,
    data,
    method: METHOD,
    file: "docs/bench-results.md",
  });
  return 0;
});

/** Every target anonymously, then (but the static file) with the editor's session cookie. */
async function measurePages(
  server: Server,
  sql: SqlCounter,
  cookie: string,
  targets: KeyedTarget[],
  audiences: Set<string>,
  load: LoadFlags,
  label: string,
): Promise<Section[]> {
  const endpoint = (headers?: Record<string, string>): Endpoint => ({
    base: server.base,
    pids: [server.pid],
    death: server.death,
    headers,
  });
  const anonymous: Result[] = [];
  for (const t of targets) {
    if (t.key === "static" || audiences.has("anon"))
      anonymous.push(await measure(endpoint(), sql, t, load));
  }
  const ceiling = anonymous.find((r) => r.path === "/robots.txt")?.load?.rps;
  const sections = audiences.has("anon")
    ? [runSection({ title: `Anonymous, ${label}`, results: anonymous, ceiling })]
    : [];
  if (audiences.has("signed-in")) {
    const signedIn: Result[] = [];
    for (const t of targets.filter((t) => t.key !== "static"))
      signedIn.push(await measure(endpoint({ cookie }), sql, t, load));
    sections.push(
      runSection({ title: `Signed in (an editor), ${label}`, results: signedIn, ceiling }),
    );
    // What the signed-in page cache saves: the same pages, each request rendered (and
    // the SQL a render runs, which the issue caps at 10).
    const rendered: Result[] = [];
    for (const t of targets.filter((t) => t.key !== "static"))
      rendered.push(await measure(endpoint({ cookie }), sql, { ...t, fresh: true }, load));
    if (rendered.length)
      sections.push(
        runSection({
          title: `Signed in, every request rendered (a first view, or the first after a change), ${label}`,
          results: rendered,
          ceiling,
        }),
      );
  }
  return sections;
}

/** A throw-away copy of the synthetic database, generated first when there is none. */
async function syntheticCopy(url: string, pledges: number): Promise<BenchDatabase> {
  await ensureSyntheticData(url, pledges);
  return copiedDatabase(url, "guarantor_bench_100k");
}

/** What `--only` and `--quick` leave in: datasets, audiences, parts and target keys. */
function choice(only: string | undefined) {
  const words = new Set(
    (only ?? "")
      .split(",")
      .map((w) => w.trim())
      .filter(Boolean),
  );
  const known = new Set<string>([...DATASETS, ...AUDIENCES, ...PARTS]);
  const pick = <T extends string>(all: readonly T[]) => {
    const chosen = all.filter((x) => words.has(x));
    return new Set<string>(chosen.length ? chosen : all);
  };
  const keys = [...words].filter((w) => !known.has(w));
  const partsNamed = PARTS.filter((p) => words.has(p));
  const parts = new Set<string>(
    partsNamed.length || keys.length ? [...partsNamed, ...(keys.length ? ["pages"] : [])] : PARTS,
  );
  return {
    keys,
    datasets: pick(DATASETS),
    audiences: pick(AUDIENCES),
    parts,
    /** Target keys named (a prefix matches: `country` is both country pages); the static file always runs. */
    targets: (key: string, quick: boolean) =>
      key === "static" ||
      (keys.length
        ? keys.some((k) => key === k || key.startsWith(`${k}-`))
        : !quick || QUICK_KEYS.includes(key)),
  };
}

function parseFlags(): Flags {
  const options = Object.fromEntries(
    Object.keys(flagsSchema.shape).map((k) => [
      k,
      { type: k === "quick" ? ("boolean" as const) : ("string" as const) },
    ]),
  );
  const parsed = flagsSchema.safeParse(parseArgs({ options }).values);
  if (parsed.success) return parsed.data;
  throw new Error(
    `Invalid flag: ${parsed.error.issues.map((i) => `--${i.path.join(".")} ${i.message}`).join("; ")}`,
  );
}

/** Generates the synthetic database when it is empty; never replaces one the user made. */
async function ensureSyntheticData(url: string, pledges: number) {
  const { inspectDatabase, refusal } = await import("./synthetic/target");
  const { generateSyntheticData } = await import("./synthetic/generate");
  const { applyMigrations } = await import("../lib/db-lifecycle/migrate");
  const { ensureDatabase } = await import("../lib/db-lifecycle/connect");
  await ensureDatabase(url);
  const found = await inspectDatabase(url);
  if (found.kind === "foreign") throw refusal(url, found.reason);
  if (found.kind === "empty") {
    log(`no synthetic data yet; generating ${pledges} pledges (seed 1)`);
    await generateSyntheticData({ url, pledges, seed: 1, log });
    return;
  }
  if (found.pledges < pledges) {
    throw new Error(
      `the synthetic database holds ${found.pledges} pledges, fewer than ${pledges}; run \`npm run db:synthetic -- --pledges ${pledges} --reset\` first`,
    );
  }
  await applyMigrations(url);
  log(`synthetic database holds ${found.pledges.toLocaleString("en")} pledges`);
}
