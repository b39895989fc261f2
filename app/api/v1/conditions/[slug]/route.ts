import { getFromRelease } from "@/lib/releases/api";
import { getPublicCondition } from "@/lib/conditions/api";
import { pathSchemas } from "@/lib/api/query-schemas";
import { itemRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = itemRoute(
  "slug",
  pathSchemas.slug,
  getPublicCondition,
  "Condition",
  (release, key) => getFromRelease("conditions", release, key, "Condition"),
);
