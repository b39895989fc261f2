import { z } from "zod";
import { ApiError, badParameters } from "@/lib/api/errors";
import { optionalParam } from "@/lib/pledges/filter-schema";

/** A query string as a record: a repeated key becomes an array, as in Next's searchParams. */
export function searchParamsRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

// PostgreSQL text cannot hold a NUL byte: refuse it here rather than fail in a query.
function refuseNul(name: string, value: unknown) {
  if (
    (Array.isArray(value) ? value : [value]).some((v) => typeof v === "string" && v.includes("\0"))
  ) {
    const message = "Contains a NUL character";
    throw new ApiError(400, `Invalid parameter "${name}": ${message}`, [
      { parameter: name, message },
    ]);
  }
}

/** Parses the request's query string; a bad or unknown parameter is a 400 naming it. */
export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.output<T> {
  const record = searchParamsRecord(new URL(request.url).searchParams);
  for (const [name, value] of Object.entries(record)) refuseNul(name, value);
  const result = schema.safeParse(record);
  if (!result.success) throw badParameters(result.error);
  return result.data;
}

/** Parses a path segment; a malformed one is a 400, a well-formed unknown one a 404 later. */
export function parsePathParam<T extends z.ZodType>(
  name: string,
  value: unknown,
  schema: T,
): z.output<T> {
  refuseNul(name, value);
  const result = schema.safeParse(value);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? "Invalid value";
    throw new ApiError(400, `Invalid path parameter "${name}": ${message}`, [
      { parameter: name, message },
    ]);
  }
  return result.data;
}

const wholeNumber = "Expected a whole number from 1 to 500";

export const limitSchema = z
  .preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number({ error: wholeNumber })
      .int(wholeNumber)
      .min(1, wholeNumber)
      .max(500, wholeNumber)
      .default(50),
  )
  .meta({ description: "Items per page, 1 to 500." });

export const cursorSchema = optionalParam(z.string().max(500)).meta({
  description: "The `nextCursor` of the previous page; omit for the first page.",
});

/** The parameters every paginated list takes. */
export const pageShape = { cursor: cursorSchema, limit: limitSchema };
