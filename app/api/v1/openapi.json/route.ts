import { apiRoute, jsonResponse } from "@/lib/api/http";
import { buildOpenApi } from "@/lib/api/openapi";
import { parseQuery } from "@/lib/api/params";
import { noQuerySchema } from "@/lib/api/query-schemas";

// The document depends on the code only: build it once per process.
let document: ReturnType<typeof buildOpenApi> | undefined;

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(async (request) => {
  parseQuery(request, noQuerySchema);
  document ??= buildOpenApi();
  return jsonResponse(request, document);
});
