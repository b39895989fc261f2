import { getFromRelease } from "@/lib/releases/api";
import { getPublicCountry } from "@/lib/countries/api";
import { pathSchemas } from "@/lib/api/query-schemas";
import { itemRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = itemRoute(
  "code",
  pathSchemas.code,
  getPublicCountry,
  "Country",
  (release, key) => getFromRelease("countries", release, key, "Country"),
);
