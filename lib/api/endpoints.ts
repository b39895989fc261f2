/**
 * Every endpoint of /api/v1, described once: the route handlers take their parameter
 * schemas from here, and the OpenAPI document and the /api-docs page are built from it.
 */
import type { z } from "zod";
import { dumpSchema } from "@/lib/api/dump-schema";
import {
  conditionQuerySchema,
  countryQuerySchema,
  eventQuerySchema,
  noQuerySchema,
  pathSchemas,
  pledgeExportQuerySchema,
  pledgeQuerySchema,
  sourceQuerySchema,
} from "@/lib/api/query-schemas";
import {
  conditionPageSchema,
  conditionSchema,
  countryPageSchema,
  countryItemSchema,
  eventPageSchema,
  eventSchema,
  pledgePageSchema,
  sourcePageSchema,
  sourceSchema,
} from "@/lib/api/schemas";
import { pledgeSchema } from "@/lib/pledges/api-schema";

export const API_BASE = "/api/v1";

export const CSV_TYPE = "text/csv; charset=utf-8";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type Endpoint = {
  operationId: string;
  /** OpenAPI path below /api/v1, with {params}. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query: z.ZodObject;
  pathParams?: Record<string, z.ZodType>;
  /** A registered response schema (JSON), or the media types it returns. */
  response: { json: z.ZodType } | { media: { type: string; description: string }[] };
  notFound?: boolean;
  /** Streamed as it is produced: no ETag, so no 304. */
  streamed?: boolean;
  /** A working example below /api/v1. */
  example: string;
};

export const endpoints: Endpoint[] = [
  {
    operationId: "listCountries",
    path: "/countries",
    tag: "Countries",
    summary: "Countries with their postures",
    description:
      "Every country on record, by ISO code, with its published postures (memberships) and how many pledges it has.",
    query: countryQuerySchema,
    response: { json: countryPageSchema },
    example: "/countries?posture=COMMITTED,CONDITIONAL",
  },
  {
    operationId: "getCountry",
    path: "/countries/{code}",
    tag: "Countries",
    summary: "One country",
    description:
      "A country the sources name, with its postures. Any other valid ISO 3166-1 code answers 200 with the country's name and codes, null EU/NATO/region and no postures or pledges (as /countries/{code} shows \"no source records a posture or pledge\"); only a code that is no country's is a 404.",
    query: noQuerySchema,
    pathParams: { code: pathSchemas.code },
    response: { json: countryItemSchema },
    notFound: true,
    example: "/countries/FR",
  },
  {
    operationId: "listPledges",
    path: "/pledges",
    tag: "Pledges",
    summary: "Pledges, filtered as in the pledge explorer",
    description:
      "Published pledges in id order, with their conditions, what blocks them and their citations. The filters are the " +
      "pledge explorer's (/pledges), so a view's query string works here unchanged. Filters combine with AND; the values " +
      "of one list filter combine with OR.",
    query: pledgeQuerySchema,
    response: { json: pledgePageSchema },
    example: "/pledges?domain=LAND_FORCES,AIR&blocked=true&limit=20",
  },
  {
    operationId: "exportPledges",
    path: "/pledges/export",
    tag: "Pledges",
    summary: "The filtered pledges as CSV or XLSX",
    description:
      "Every published pledge the filters match, one row per pledge, with blocking conditions, source ids, titles and " +
      'quotes (several joined with " | ", in the same order). Dates are ISO 8601. CSV cells that a spreadsheet would read ' +
      "as a formula start with a '.",
    query: pledgeExportQuerySchema,
    streamed: true,
    response: {
      media: [
        { type: CSV_TYPE, description: "CSV (RFC 4180, UTF-8 with BOM)." },
        { type: XLSX_TYPE, description: "Excel workbook: a Pledges sheet and an About sheet." },
      ],
    },
    example: "/pledges/export?format=csv&country=undisclosed",
  },
  {
    operationId: "getPledge",
    path: "/pledges/{id}",
    tag: "Pledges",
    summary: "One pledge",
    query: noQuerySchema,
    pathParams: { id: pathSchemas.id },
    response: { json: pledgeSchema },
    notFound: true,
    example: "/pledges/p-ie-troops",
  },
  {
    operationId: "listConditions",
    path: "/conditions",
    tag: "Conditions",
    summary: "Conditions the pledges hang on",
    description:
      "In the order the site lists them, with their status, evidence, citations and how many pledges wait on each.",
    query: conditionQuerySchema,
    response: { json: conditionPageSchema },
    example: "/conditions?status=NOT_MET",
  },
  {
    operationId: "getCondition",
    path: "/conditions/{slug}",
    tag: "Conditions",
    summary: "One condition",
    query: noQuerySchema,
    pathParams: { slug: pathSchemas.slug },
    response: { json: conditionSchema },
    notFound: true,
    example: "/conditions/us-backstop",
  },
  {
    operationId: "listEvents",
    path: "/events",
    tag: "Events",
    summary: "The timeline",
    description: "Newest first; undated events follow, in the order the sources report them.",
    query: eventQuerySchema,
    response: { json: eventPageSchema },
    example: "/events?kind=SUMMIT,STATEMENT",
  },
  {
    operationId: "getEvent",
    path: "/events/{id}",
    tag: "Events",
    summary: "One event",
    query: noQuerySchema,
    pathParams: { id: pathSchemas.id },
    response: { json: eventSchema },
    notFound: true,
    example: "/events/e-paris-summit",
  },
  {
    operationId: "listSources",
    path: "/sources",
    tag: "Sources",
    summary: "Sources, without their text",
    query: sourceQuerySchema,
    response: { json: sourcePageSchema },
    example: "/sources?limit=10",
  },
  {
    operationId: "getSource",
    path: "/sources/{id}",
    tag: "Sources",
    summary: "One source with its full text and every citation of it",
    query: noQuerySchema,
    pathParams: { id: pathSchemas.id },
    response: { json: sourceSchema },
    notFound: true,
    example: "/sources/after-the-summit",
  },
  {
    operationId: "getDump",
    path: "/dump.json",
    tag: "Dataset",
    summary: "The whole published dataset",
    description:
      "Everything above in one JSON document, with a generatedAt time, a licence and a provenance note.",
    query: noQuerySchema,
    response: { json: dumpSchema },
    streamed: true,
    example: "/dump.json",
  },
  {
    operationId: "getOpenApi",
    path: "/openapi.json",
    tag: "Dataset",
    summary: "This API as an OpenAPI 3.1 document",
    query: noQuerySchema,
    response: { media: [{ type: "application/json", description: "The OpenAPI 3.1 document." }] },
    example: "/openapi.json",
  },
];
