import "server-only";
import { CSV_TYPE, XLSX_TYPE } from "@/lib/api/endpoints";
import { listPublicPledges } from "@/lib/api/pledges";
import type { ApiPledge } from "@/lib/api/schemas";
import { csvChunks } from "@/lib/exports/csv";
import { DATASET_LICENCE, DATASET_PROVENANCE } from "@/lib/exports/notice";
import { pledgeColumns } from "@/lib/exports/pledge-columns";
import { downloadName, downloadResponse, eachPage, toByteStream } from "@/lib/exports/stream";
import { xlsxStream } from "@/lib/exports/xlsx";
import type { PledgeFilter } from "@/lib/pledges/queries";

const BATCH = 1000;

/**
 * Every published pledge matching `filter`, streamed in keyset batches (a few queries
 * per thousand rows, never one per pledge) as CSV or XLSX.
 */
export function exportPledges(
  filter: PledgeFilter,
  format: "csv" | "xlsx",
  url: URL,
  now = new Date(),
) {
  const batches = eachPage((cursor) => listPublicPledges(filter, { cursor, limit: BATCH }));
  if (format === "csv") {
    return downloadResponse(
      toByteStream(csvChunks(pledgeColumns, batches)),
      CSV_TYPE,
      downloadName("pledges", "csv", now),
    );
  }
  let rows = 0;
  async function* counted(): AsyncGenerator<ApiPledge[]> {
    for await (const batch of batches) {
      rows += batch.length;
      yield batch;
    }
  }
  const filters = new URLSearchParams(url.searchParams);
  filters.delete("format");
  const query = filters.toString();
  const about = (): [string, string][] => [
    ["Generated", now.toISOString()],
    ["Pledges", String(rows)],
    ["Filters", query || "none"],
    ["Same data as JSON", `${url.origin}/api/v1/pledges${query ? `?${query}` : ""}`],
    ["Licence", DATASET_LICENCE],
    ["Provenance", DATASET_PROVENANCE],
  ];
  const body = xlsxStream({ columns: pledgeColumns, batches: counted(), about });
  return downloadResponse(body, XLSX_TYPE, downloadName("pledges", "xlsx", now));
}
