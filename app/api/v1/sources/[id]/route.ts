import { getFromRelease } from "@/lib/releases/api";
import { getPublicSource } from "@/lib/sources/api";
import { pathSchemas } from "@/lib/api/query-schemas";
import { itemRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = itemRoute(
  "id",
  pathSchemas.id,
  getPublicSource,
  "Source",
  (release, key) => getFromRelease("sources", release, key, "Source"),
);
