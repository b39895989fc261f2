import { apiRoute } from "@/lib/api/http";
import { visibilityOfRequest } from "@/lib/auth/server";
import { parseQuery } from "@/lib/api/params";
import { pledgeExportQuerySchema } from "@/lib/api/query-schemas";
import { exportPledges } from "@/lib/exports/pledges";
import { toPledgeFilter } from "@/lib/pledges/filter-schema";
import { exportReleasePledges } from "@/lib/releases/export";

/**
 * The filtered pledges as a CSV or XLSX download (a static segment: it wins over [id]).
 * Like the explorer it is linked from, it gives signed-in viewers the drafts too (the
 * JSON API never does).
 */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(async (request) => {
  const { format, release, ...filter } = parseQuery(request, pledgeExportQuerySchema);
  if (release)
    return exportReleasePledges(
      release,
      toPledgeFilter(filter),
      format ?? "csv",
      new URL(request.url),
    );
  const visibility = await visibilityOfRequest(request);
  return exportPledges(
    toPledgeFilter(filter),
    format ?? "csv",
    new URL(request.url),
    new Date(),
    visibility,
  );
});
