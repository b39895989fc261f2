/** The two shapes of read endpoint: a paginated list and one item by key. */
import type { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { apiRoute, jsonResponse } from "@/lib/api/http";
import { parsePathParam, parseQuery } from "@/lib/api/params";
import { noQuerySchema } from "@/lib/api/query-schemas";

type PageParams = { cursor?: string; limit: number };

export function listRoute<S extends z.ZodType<PageParams & Record<string, unknown>>>(
  schema: S,
  list: (query: Omit<z.output<S>, keyof PageParams>, page: PageParams) => Promise<unknown>,
) {
  return apiRoute(async (request) => {
    const { cursor, limit, ...query } = parseQuery(request, schema);
    return jsonResponse(request, await list(query, { cursor, limit }));
  });
}

/** `what` names the thing in the 404 message: `Country "ZZ" not found`. */
export function itemRoute<K>(
  param: string,
  schema: z.ZodType<K>,
  get: (key: K) => Promise<unknown>,
  what: string,
) {
  return apiRoute(async (request, params) => {
    parseQuery(request, noQuerySchema);
    const key = parsePathParam(param, params[param], schema);
    const item = await get(key);
    if (!item) throw notFound(`${what} "${String(key)}"`);
    return jsonResponse(request, item);
  });
}
