import { listFromRelease } from "@/lib/releases/api";
import { listPublicSources } from "@/lib/sources/api";
import { sourceQuerySchema } from "@/lib/api/query-schemas";
import { listRoute } from "@/lib/api/routes";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = listRoute(
  sourceQuerySchema,
  (_query, page) => listPublicSources(page),
  (release, query, page) => listFromRelease("sources", release, query, page),
);
