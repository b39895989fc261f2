/** The two shapes of read endpoint: a paginated list and one item by key. */
import type { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute, jsonResponse } from "@/lib/api/http";
import { parsePathParam, parseQuery } from "@/lib/api/params";
import { noQuerySchema, releaseQuerySchema } from "@/lib/api/query-schemas";

type PageParams = { cursor?: string; limit: number };
type Pinned = { release?: string };

/** With `fromRelease`, `?release=X` answers from that release's stored data. */
export function listRoute<S extends z.ZodType<PageParams & Pinned & Record<string, unknown>>>(
  schema: S,
  list: (
    query: Omit<z.output<S>, keyof PageParams | "release">,
    page: PageParams,
  ) => Promise<unknown>,
  fromRelease?: (
    release: string,
    query: Omit<z.output<S>, keyof PageParams | "release">,
    page: PageParams,
  ) => Promise<unknown>,
) {
  return apiRoute(async (request) => {
    const { cursor, limit, release, ...query } = parseQuery(request, schema);
    if (release && fromRelease)
      return jsonResponse(request, await fromRelease(release, query, { cursor, limit }));
    return jsonResponse(request, await list(query, { cursor, limit }));
  });
}

/** `what` names the thing in the 404 message: `Country "ZZ" not found`. */
export function itemRoute<K>(
  param: string,
  schema: z.ZodType<K>,
  get: (key: K) => Promise<unknown>,
  what: string,
  fromRelease?: (release: string, key: K) => Promise<unknown>,
) {
  return apiRoute(async (request, params) => {
    const { release } = parseQuery(
      request,
      fromRelease ? releaseQuerySchema : noQuerySchema,
    ) as Pinned;
    const key = parsePathParam(param, params[param], schema);
    const item = release && fromRelease ? await fromRelease(release, key) : await get(key);
    if (!item) throw notFound(`${what} "${String(key)}"`);
    return jsonResponse(request, item);
  });
}
