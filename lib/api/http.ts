/**
 * The HTTP side of the public API: JSON bodies with weak ETags and 304s, caching,
 * CORS for reads, and the JSON error shape. Route handlers go through `apiRoute`.
 */
import { createHash } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import {
  isConnectionError,
  markDatabaseDown,
  RETRY_AFTER_SECONDS,
} from "@/lib/health/database-state";
import { PUBLIC_CACHE_CONTROL } from "@/lib/page-cache/cache-control";

export const CACHE_CONTROL = PUBLIC_CACHE_CONTROL;
const ALLOWED = "GET, HEAD, OPTIONS";

export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  // ETag and Content-Disposition are not readable cross-origin unless exposed.
  "Access-Control-Expose-Headers": "ETag, Content-Disposition",
};

export function weakEtag(body: string) {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** If-None-Match matches weakly (RFC 9110 13.1.2): W/"x" and "x" are the same tag. */
function matches(ifNoneMatch: string | null, etag: string) {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export function jsonResponse(request: Request, data: unknown): Response {
  const body = JSON.stringify(data);
  const etag = weakEtag(body);
  const headers = { ...corsHeaders, "Cache-Control": CACHE_CONTROL, ETag: etag };
  if (matches(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, {
    status: 200,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}

export function errorResponse(error: ApiError): Response {
  const body = {
    error: {
      status: error.status,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    },
  };
  return Response.json(body, {
    status: error.status,
    headers: {
      ...corsHeaders,
      "Cache-Control": "no-store",
      ...(error.status === 405 ? { Allow: ALLOWED } : {}),
      ...(error.status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {}),
    },
  });
}

/** CORS preflight: any origin may read; nothing may write. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      Allow: ALLOWED,
      "Access-Control-Allow-Methods": ALLOWED,
      "Access-Control-Allow-Headers": "If-None-Match, Content-Type, Accept",
      "Access-Control-Max-Age": "86400",
    },
  });
}

export function methodNotAllowed(request: Request): Response {
  return errorResponse(
    new ApiError(405, `${request.method} is not allowed: the API is read-only (${ALLOWED})`),
  );
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
type Handler = (
  request: Request,
  params: Record<string, string | string[] | undefined>,
) => Promise<Response>;

/**
 * Every method a route file exports: the handler for GET (and HEAD), a preflight
 * for OPTIONS, JSON 405s for writes, and ApiErrors turned into JSON responses.
 */
export function apiRoute(handler: Handler) {
  async function GET(request: Request, context: RouteContext) {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      if (isConnectionError(error)) {
        markDatabaseDown();
        return errorResponse(
          new ApiError(
            503,
            `The database is unavailable; try again in ${RETRY_AFTER_SECONDS} seconds.`,
          ),
        );
      }
      console.error(error);
      return errorResponse(new ApiError(500, "Internal error"));
    }
  }
  const write = async (request: Request) => methodNotAllowed(request);
  return {
    GET,
    HEAD: GET,
    OPTIONS: async () => preflight(),
    POST: write,
    PUT: write,
    PATCH: write,
    DELETE: write,
  };
}
