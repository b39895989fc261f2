import { getFromRelease } from "@/lib/releases/api";
import { getPublicPledge } from "@/lib/pledges/api";
import { pathSchemas } from "@/lib/api/query-schemas";
import { itemRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = itemRoute(
  "id",
  pathSchemas.id,
  getPublicPledge,
  "Pledge",
  (release, key) => getFromRelease("pledges", release, key, "Pledge"),
);
