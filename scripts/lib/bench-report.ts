/**
 * The benchmark's tables: one per dataset and audience (each page's req/s as a share of
 * the static file's), edit to visible, and first-load JS per route. Printed, and
 * written to a markdown file with the date, machine and command.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { log, ROOT } from "./cli";

export type Target = {
  name: string;
  path: string;
  /** Each request with a cookie never sent before, so no page cache answers: what a render costs. */
  fresh?: boolean;
};
export type Result = Target & {
  note?: string;
  alone?: number;
  sql?: number | null;
  /** Size of the response body (HTML with its inline RSC payload, or JSON). */
  bytes?: number;
  load?: {
    rps: number;
    p50: number;
    p95: number;
    p99: number;
    responses: number;
    failed: number;
    /** What the failures were, as autocannon counts them ("2 socket error, 1 non-2xx"). */
    failedHow: string;
    fixed: boolean;
  };
  /** Peak resident memory while the target was measured; unset when it was not. */
  rssMb?: number;
};

/** One table: a dataset seen by one audience; `ceiling` is the static file's req/s on that server. */
export type Run = { title: string; results: Result[]; ceiling: number | undefined };
export type Section = { title: string; header: string[]; rows: string[][]; note?: string };

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
  "kB",
  "RSS MB",
];

const ms = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? "" : n >= 100 ? n.toFixed(0) : n.toFixed(1);

function rowsOf(run: Run): string[][] {
  const ceiling = run.ceiling || 1;
  const measuredAlone = (r: Result) => [
    ms(r.alone),
    r.sql === null ? "n/a" : r.sql === undefined ? "" : r.sql.toFixed(1),
    r.bytes === undefined ? "" : (r.bytes / 1024).toFixed(0),
    r.rssMb === undefined ? "" : r.rssMb.toFixed(0),
  ];
  return run.results.map((r) => {
    const l = r.load;
    if (!l) return [r.name, r.path, r.note ?? "", "", "", "", "", ...measuredAlone(r)];
    const share = l.rps / ceiling;
    const caveat = l.failed
      ? ` (${l.failed} failed: ${l.failedHow})`
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
      run.ceiling ? `${(share * 100).toFixed(share < 0.01 ? 2 : share < 0.1 ? 1 : 0)}%` : "",
      ...measuredAlone(r),
    ];
  });
}

export function runSection(run: Run): Section {
  return { title: run.title, header: HEADER, rows: rowsOf(run) };
}

function printable(s: Section): string {
  const widths = s.header.map((h, i) => Math.max(h.length, ...s.rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  return [
    `== ${s.title}`,
    line(s.header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...s.rows.map(line),
    ...(s.note ? ["", s.note] : []),
  ].join("\n");
}

function markdown(s: Section): string {
  const cell = (c: string) => c.replaceAll("|", "\\|");
  return [
    `## ${s.title}`,
    "",
    `| ${s.header.join(" | ")} |`,
    `| ${s.header.map(() => "---").join(" | ")} |`,
    ...s.rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
    ...(s.note ? ["", s.note] : []),
    "",
  ].join("\n");
}

/** Taken when this module loads, i.e. as the benchmark starts. */
const loadBefore = os.loadavg();

export function report(opts: {
  heading: string;
  sections: Section[];
  command: string;
  data: string;
  method: string;
  file: string;
}) {
  console.log(`\n${opts.sections.map(printable).join("\n\n")}\n\n${opts.method}\n`);
  const cpus = os.cpus();
  const machine = `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`;
  const md = [
    `# ${opts.heading}`,
    "",
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- Machine: ${machine}; load average ${loadBefore.map((l) => l.toFixed(1)).join(", ")} (1, 5, 15 min) when the run began, shared with other work`,
    `- Command: \`${opts.command}\``,
    `- Data: ${opts.data}`,
    "",
    ...opts.sections.map(markdown),
    opts.method,
    "",
  ].join("\n");
  writeFileSync(path.join(ROOT, opts.file), md);
  log(`wrote ${opts.file}`);
}

export const METHOD = `How to read it: req/s and p50/p95/p99 come from autocannon, one target at a time, every
connection kept busy for the whole run (a page too slow to answer each connection twice in that time
gets two requests per connection instead; the count of responses is then shown). "vs static" is req/s
as a share of the static file's on the same server (anonymous), the ceiling here. Signed-in rows send
an editor's session cookie with every request; the same page again is served from that reader's own
cache while the data and the session are unchanged. "Every request rendered" rows add a cookie never
sent before to each request (better-auth.bench_fresh=<n>: better-auth ignores it, the signed-in cache
keys on it), so each is rendered: a first view, or the first after a change. "alone ms" is the median of requests sent one at a
time. SQL/req: statements the server sent to PostgreSQL per request during those, counted exactly by
a pass-through proxy between the two (each Execute and simple Query message of the wire protocol;
BEGIN and COMMIT count too). kB: the response body (HTML with its inline RSC payload, or JSON). RSS:
the server's peak resident memory while the target was measured. Edit to visible: an editor saves a
pledge through its edit form; anonymous readers poll the country page listing it until it shows the
new words (timed from the save's acknowledgement). First-load JS: the scripts a route's HTML loads,
gzipped (level 9) as a server or CDN would send them. The load generator, the proxy and the server
share the machine's cores.`;
