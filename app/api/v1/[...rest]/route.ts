import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/http";

/** Any other path below /api/v1: a JSON 404 (and a JSON 405 for writes), not the HTML page. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute(async (request) => {
  const path = new URL(request.url).pathname;
  throw new ApiError(
    404,
    `No endpoint at ${path}; the endpoints are listed in /api/v1/openapi.json`,
  );
});
