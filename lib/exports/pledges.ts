import "server-only";
import { CSV_TYPE, XLSX_TYPE } from "@/lib/api/endpoints";
import { listExportPledges, type ExportPledge } from "@/lib/pledges/api";
import { csvChunks } from "@/lib/exports/csv";
import { DATASET_LICENCE, provenanceFor } from "@/lib/exports/notice";
import { pledgeColumns } from "@/lib/pledges/export-columns";
import { downloadName, downloadResponse, eachPage, toByteStream } from "@/lib/exports/stream";
import { xlsxStream } from "@/lib/exports/xlsx";
import { loadExplorerParams } from "@/lib/pledges/explorer-params";
import { describeFilters } from "@/lib/pledges/filter-words";
import { listFilterNames } from "@/lib/pledges/explorer-queries";
import type { PledgeFilter } from "@/lib/pledges/where";
import type { Visibility } from "@/lib/visibility";

const BATCH = 1000;

/**
 * Every pledge matching `filter` the viewer may see (published ones; drafts too for
 * signed-in viewers, marked in the publication column), streamed in keyset batches (a
 * few queries per thousand rows, never one per pledge) as CSV or XLSX.
 */
export function exportPledges(
  filter: PledgeFilter,
  format: "csv" | "xlsx",
  url: URL,
  now = new Date(),
  visibility: Visibility = "public",
) {
  const batches = eachPage((cursor) =>
    listExportPledges(filter, { cursor, limit: BATCH }, visibility),
  );
  if (format === "csv") {
    return downloadResponse(
      toByteStream(csvChunks(pledgeColumns, batches)),
      CSV_TYPE,
      downloadName("pledges", "csv", now),
      visibility,
    );
  }
  let rows = 0;
  async function* counted(): AsyncGenerator<ExportPledge[]> {
    for await (const batch of batches) {
      rows += batch.length;
      yield batch;
    }
  }
  const filters = new URLSearchParams(url.searchParams);
  filters.delete("format");
  const query = filters.toString();
  const names = listFilterNames(visibility);
  names.catch(() => {}); // awaited once the rows are written
  const about = async (): Promise<[string, string][]> => [
    ["Generated", now.toISOString()],
    ["Pledges", String(rows)],
    ["Filters", describeFilters(loadExplorerParams(filters), await names) || "none"],
    [
      "Same data as JSON",
      `${url.origin}/api/v1/pledges${query ? `?${query}` : ""}${visibility === "internal" ? " (published pledges only)" : ""}`,
    ],
    ["Licence", DATASET_LICENCE],
    ["Provenance", provenanceFor(visibility)],
  ];
  const body = xlsxStream({ columns: pledgeColumns, batches: counted(), about });
  return downloadResponse(body, XLSX_TYPE, downloadName("pledges", "xlsx", now), visibility);
}
