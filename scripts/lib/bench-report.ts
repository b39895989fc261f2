/** The benchmark's table: printed, and written to docs/bench-results.md with the date, machine and command. */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { log, ROOT } from "./cli";

export type Target = { name: string; path: string };
export type Result = Target & {
  note?: string;
  alone?: number;
  sql?: number | null;
  load?: {
    rps: number;
    p50: number;
    p95: number;
    p99: number;
    responses: number;
    failed: number;
    fixed: boolean;
  };
  /** Peak resident memory while the target was measured; unset when it was not. */
  rssMb?: number;
};

const HEADER = [
  "target",
  "path",
  "req/s",
  "p50 ms",
  "p95 ms",
  "p99 ms",
  "vs static",
  "alone ms",
  "SQL/req",
  "RSS MB",
];

function rowsOf(results: Result[]): string[][] {
  const ceiling = results[0]?.load?.rps || 1;
  const ms = (n: number | undefined) =>
    n === undefined || Number.isNaN(n) ? "" : n >= 100 ? n.toFixed(0) : n.toFixed(1);
  const measuredAlone = (r: Result) => [
    ms(r.alone),
    r.sql === null ? "n/a" : r.sql === undefined ? "" : r.sql.toFixed(1),
    r.rssMb === undefined ? "" : r.rssMb.toFixed(0),
  ];
  return results.map((r) => {
    const l = r.load;
    if (!l) return [r.name, r.path, r.note ?? "", "", "", "", "", ...measuredAlone(r)];
    const share = l.rps / ceiling;
    const caveat = l.failed
      ? ` (${l.failed} failed)`
      : l.fixed || l.responses < 100
        ? ` (${l.responses} responses)`
        : "";
    return [
      r.name,
      r.path,
      (l.rps >= 10 ? l.rps.toFixed(0) : l.rps.toFixed(2)) + caveat,
      ms(l.p50),
      ms(l.p95),
      ms(l.p99),
      `${(share * 100).toFixed(share < 0.01 ? 2 : share < 0.1 ? 1 : 0)}%`,
      ...measuredAlone(r),
    ];
  });
}

/** Taken when this module loads, i.e. as the benchmark starts. */
const loadBefore = os.loadavg();

export function report(
  results: Result[],
  flags: { duration: number; connections: number },
  database: string,
) {
  const rows = rowsOf(results);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(
    `\n${line(HEADER)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${rows.map(line).join("\n")}\n\n${METHOD}\n`,
  );

  const cpus = os.cpus();
  const machine = `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`;
  const md = [
    "# Benchmark results",
    "",
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- Machine: ${machine}; load average ${loadBefore.map((l) => l.toFixed(1)).join(", ")} (1, 5, 15 min) when the run began, shared with other work`,
    `- Command: \`npm run bench -- --duration ${flags.duration} --connections ${flags.connections}\``,
    `- Data: synthetic database \`${database}\` (\`npm run db:synthetic\`), production build (\`next start\`)`,
    "",
    `| ${HEADER.join(" | ")} |`,
    `| ${HEADER.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`),
    "",
    METHOD,
    "",
  ].join("\n");
  writeFileSync(path.join(ROOT, "docs/bench-results.md"), md);
  log("wrote docs/bench-results.md");
}

const METHOD = `How to read it: req/s and p50/p95/p99 come from autocannon, one target at a time, every
connection kept busy for the whole run (a page too slow to answer each connection twice in that time
gets two requests per connection instead; the count of responses is then shown). "vs static" is req/s
as a share of the static file's, the server's ceiling here. "alone ms" is the median of requests sent
one at a time. SQL/req: statements the server sent to PostgreSQL per request during those, counted
exactly by a pass-through proxy between the two (each Execute and simple Query message of the wire
protocol; BEGIN and COMMIT count too). RSS: the server's peak resident memory while the target was
measured. The load generator, the proxy and the server share the machine's cores.`;
