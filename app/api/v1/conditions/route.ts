import { listPublicConditions } from "@/lib/conditions/api";
import { conditionQuerySchema } from "@/lib/api/query-schemas";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = listRoute(
  conditionQuerySchema,
  listPublicConditions,
);
