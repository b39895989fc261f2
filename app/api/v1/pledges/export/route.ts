import { apiRoute } from "@/lib/api/http";
import { parseQuery } from "@/lib/api/params";
import { pledgeExportQuerySchema } from "@/lib/api/query-schemas";
import { exportPledges } from "@/lib/exports/pledges";
import { toPledgeFilter } from "@/lib/pledges/filter-schema";

/** The filtered pledges as a CSV or XLSX download (a static segment: it wins over [id]). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(async (request) => {
  const { format, ...filter } = parseQuery(request, pledgeExportQuerySchema);
  return exportPledges(toPledgeFilter(filter), format ?? "csv", new URL(request.url));
});
