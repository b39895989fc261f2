/**
 * The OpenAPI 3.1 document, generated from the endpoint list and the zod schemas the
 * handlers use (zod 4's own JSON Schema output is draft 2020-12, OpenAPI 3.1's dialect).
 */
import { z } from "zod";
import { API_BASE, endpoints, type Endpoint } from "@/lib/api/endpoints";
import { apiSchemas } from "@/lib/api/schemas";
import { DATASET_LICENCE } from "@/lib/exports/notice";

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** A schema as it sits inside the document: no $schema/$id of its own. */
function bare(schema: JsonSchema): JsonSchema {
  const copy = { ...schema };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}

export type Parameter = {
  name: string;
  in: "query" | "path";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: "form";
  explode?: boolean;
};

function parameter(name: string, field: z.ZodType, location: "query" | "path"): Parameter {
  const { description, ...schema } = bare(z.toJSONSchema(field, { io: "input" }) as JsonSchema);
  return {
    name,
    in: location,
    required: location === "path",
    ...(typeof description === "string" ? { description } : {}),
    schema,
    // Lists are comma-separated (repeating the parameter works too).
    ...(schema.type === "array" ? { style: "form" as const, explode: false } : {}),
  };
}

export function parametersOf(endpoint: Endpoint): Parameter[] {
  const path = Object.entries(endpoint.pathParams ?? {}).map(([name, field]) =>
    parameter(name, field, "path"),
  );
  const query = Object.entries(endpoint.query.shape).map(([name, field]) =>
    parameter(name, field as z.ZodType, "query"),
  );
  return [...path, ...query];
}

function responseId(schema: z.ZodType) {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error("A response schema must be registered in apiSchemas");
  return id;
}

function okResponse(endpoint: Endpoint) {
  const { response } = endpoint;
  const headers = {
    ...(endpoint.streamed ? {} : { ETag: { $ref: "#/components/headers/ETag" } }),
    "Cache-Control": { $ref: "#/components/headers/CacheControl" },
    ...(endpoint.streamed
      ? { "Content-Disposition": { $ref: "#/components/headers/ContentDisposition" } }
      : {}),
  };
  if ("json" in response) {
    return {
      description: "OK",
      headers,
      content: { "application/json": { schema: ref(responseId(response.json)) } },
    };
  }
  return {
    description: response.media.map((m) => m.description).join(" "),
    headers,
    content: Object.fromEntries(response.media.map((m) => [m.type, {}])),
  };
}

function operation(endpoint: Endpoint) {
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    parameters: parametersOf(endpoint),
    responses: {
      "200": okResponse(endpoint),
      ...(endpoint.streamed ? {} : { "304": { $ref: "#/components/responses/NotModified" } }),
      "400": { $ref: "#/components/responses/BadRequest" },
      ...(endpoint.notFound ? { "404": { $ref: "#/components/responses/NotFound" } } : {}),
    },
  };
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

export function buildOpenApi() {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return {
    openapi: "3.1.0",
    info: {
      title: "Guarantor API",
      version: "1",
      summary: "Read-only access to the published record of security guarantees for Ukraine.",
      description:
        "Every list is cursor-paginated (`limit`, `cursor`; follow `nextCursor` until it is null). Responses carry a weak " +
        "ETag (send it back in If-None-Match for a 304) and `Cache-Control: public, max-age=0, s-maxage=1, stale-while-revalidate=59`; any origin may read " +
        "(CORS). Bad or unknown parameters get a 400, unknown ids a 404, and POST, PUT, PATCH and DELETE a 405, always " +
        "as `{ error: { status, message, issues? } }`.\n\n" +
        DATASET_LICENCE,
      license: {
        name: "Attribution to Guarantor and the cited sources; source texts under their publishers' terms",
      },
    },
    servers: [{ url: API_BASE }],
    paths: Object.fromEntries(endpoints.map((e) => [e.path, { get: operation(e) }])),
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([id, schema]) => [id, bare(schema as JsonSchema)]),
      ),
      headers: {
        ETag: {
          description: "Weak validator of the body; send it back in If-None-Match.",
          schema: { type: "string" },
        },
        CacheControl: {
          description: "public, max-age=0, s-maxage=1, stale-while-revalidate=59",
          schema: { type: "string" },
        },
        ContentDisposition: {
          description: "attachment, with a dated file name.",
          schema: { type: "string" },
        },
      },
      responses: {
        NotModified: {
          description: "The body has not changed since the ETag given in If-None-Match.",
        },
        BadRequest: errorResponse("A parameter is malformed or unknown; the message names it."),
        NotFound: errorResponse("No published record has this id."),
      },
    },
  };
}
