import Papa from "papaparse";
import type { Column } from "@/lib/pledges/export-columns";
import type { ExportPledge } from "@/lib/pledges/api";

// A cell a spreadsheet could read as a formula gets a leading ' (OWASP's CSV
// injection advice). Papa's own default pattern misses multi-line cells.
const FORMULA_START = /^[=+\-@\t\r]/;

/** CSV text for rows (RFC 4180, CRLF), with formula-looking cells defused. */
export function toCsv(rows: (string | number | null)[][]): string {
  return Papa.unparse(rows, { escapeFormulae: FORMULA_START, newline: "\r\n" }) + "\r\n";
}

/** The header, then each batch of pledges; a BOM so Excel reads UTF-8. */
export async function* csvChunks(
  columns: Column[],
  batches: AsyncIterable<ExportPledge[]>,
): AsyncGenerator<string> {
  yield "\uFEFF" + toCsv([columns.map((c) => c.header)]);
  for await (const batch of batches) {
    if (batch.length > 0) yield toCsv(batch.map((p) => columns.map((c) => c.value(p))));
  }
}
