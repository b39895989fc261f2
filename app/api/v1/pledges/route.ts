import { listFromRelease } from "@/lib/releases/api";
import { listPublicPledges } from "@/lib/pledges/api";
import { pledgeQuerySchema } from "@/lib/api/query-schemas";
import { listRoute } from "@/lib/api/routes";
import { toPledgeFilter } from "@/lib/pledges/filter-schema";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = listRoute(
  pledgeQuerySchema,
  (query, page) => listPublicPledges(toPledgeFilter(query), page),
  (release, query, page) => listFromRelease("pledges", release, query, page, toPledgeFilter(query)),
);
