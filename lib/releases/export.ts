import "server-only";
import { CSV_TYPE, XLSX_TYPE } from "@/lib/api/endpoints";
import { csvChunks } from "@/lib/exports/csv";
import { DATASET_LICENCE, DATASET_PROVENANCE } from "@/lib/exports/notice";
import { pledgeColumns } from "@/lib/pledges/export-columns";
import { downloadResponse, toByteStream } from "@/lib/exports/stream";
import { xlsxStream } from "@/lib/exports/xlsx";
import type { PledgeFilter } from "@/lib/pledges/queries";
import { releasePledges, requireReleaseDump } from "./api";
import { getReleaseFile } from "./queries";

async function* once<T>(value: T) {
  yield value;
}

/**
 * `/api/v1/pledges/export?release=X`: the release's pledges matching the filters, in the
 * same columns as the live export (always the public's: a release holds no drafts).
 */
export async function exportReleasePledges(
  version: string,
  filter: PledgeFilter,
  format: "csv" | "xlsx",
  url: URL,
) {
  const pledges = (await releasePledges(version, filter)).map((p) => ({ ...p, published: true }));
  const name = `guarantor-pledges-${version}.${format}`;
  if (format === "csv")
    return downloadResponse(toByteStream(csvChunks(pledgeColumns, once(pledges))), CSV_TYPE, name);
  const about = async (): Promise<[string, string][]> => [
    ["Release", version],
    ["Pledges", String(pledges.length)],
    ["Filters", url.search || "none"],
    ["Release page", `${url.origin}/releases/${version}`],
    ["Licence", DATASET_LICENCE],
    ["Provenance", DATASET_PROVENANCE],
  ];
  return downloadResponse(
    xlsxStream({ columns: pledgeColumns, batches: once(pledges), about }),
    XLSX_TYPE,
    name,
  );
}

/** `/api/v1/dump.json?release=X`: the release's stored dataset.json, byte for byte. */
export async function releaseDumpResponse(version: string) {
  await requireReleaseDump(version); // the 404 naming the known releases
  const file = (await getReleaseFile(version, "dataset.json"))!;
  return downloadResponse(
    toByteStream(once(new Uint8Array(file.content))),
    file.mediaType,
    `guarantor-dataset-${version}.json`,
  );
}
