import { listFromRelease } from "@/lib/releases/api";
import { listPublicConditions } from "@/lib/conditions/api";
import { conditionQuerySchema } from "@/lib/api/query-schemas";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = listRoute(
  conditionQuerySchema,
  listPublicConditions,
  (release, query, page) => listFromRelease("conditions", release, query, page),
);
