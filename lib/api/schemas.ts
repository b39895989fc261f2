/**
 * What the API returns, as zod schemas: the route handlers' types, the OpenAPI
 * document's components (via `apiSchemas`) and the contract tests all come from here.
 */
import { z } from "zod";
import { CONDITION_CATEGORIES, CONDITION_STATUSES, EVENT_KINDS, POSTURES } from "@/lib/labels";
import { labelEnum } from "@/lib/pledges/filter-schema";
import { pledgeSchema } from "@/lib/pledges/api-schema";
import { apiSchemas, citations, citationSchema, date, text } from "@/lib/api/registry";

export { apiSchemas, citationSchema };

export const membershipSchema = z
  .object({
    id: z.string(),
    coalition: z.string(),
    isMember: z.boolean().meta({
      description: "false for outside actors whose stance matters (a backstop, an opponent).",
    }),
    posture: labelEnum(POSTURES),
    summary: z.string(),
    conditionsInOwnWords: text,
    citations,
  })
  .register(apiSchemas, { id: "Membership" });

export const countrySchema = z
  .object({
    code: z.string().meta({ description: "ISO 3166-1 alpha-2." }),
    alpha3: z.string(),
    numeric: z.string(),
    name: z.string(),
    euMember: z.boolean(),
    natoMember: z.boolean(),
    region: z.string(),
    memberships: z.array(membershipSchema),
    pledgeCount: z.int(),
  })
  .register(apiSchemas, { id: "Country" });

/** A valid ISO 3166-1 code that no source names: reference data only, nothing recorded. */
export const unrecordedCountrySchema = z
  .object({
    code: z.string(),
    alpha3: z.string(),
    numeric: z.string(),
    name: z.string(),
    euMember: z.null(),
    natoMember: z.null(),
    region: z.null(),
    memberships: z.array(membershipSchema).max(0),
    pledgeCount: z.literal(0),
  })
  .meta({
    description:
      "A real country (valid ISO 3166-1 code) that no source names: no posture, no pledge. EU/NATO membership and region are null because they are recorded only for countries the sources name.",
  })
  .register(apiSchemas, { id: "UnrecordedCountry" });

/** What /countries/{code} answers: a country on record, or a real one with no record. */
export const countryItemSchema = z
  .union([countrySchema, unrecordedCountrySchema])
  .register(apiSchemas, { id: "CountryItem" });

export const conditionSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    category: labelEnum(CONDITION_CATEGORIES),
    status: labelEnum(CONDITION_STATUSES),
    evidence: z.string(),
    sortOrder: z.int(),
    pledgeCount: z.int(),
    citations,
  })
  .register(apiSchemas, { id: "Condition" });

export const eventSchema = z
  .object({
    id: z.string(),
    kind: labelEnum(EVENT_KINDS),
    title: z.string(),
    summary: z.string(),
    occurredOn: date,
    sequence: z.int().meta({ description: "Keeps the sources' order where no date is stated." }),
    location: text,
    disputeNote: text,
    countries: z.array(z.string()),
    conditions: z.array(z.string()),
    citations,
  })
  .register(apiSchemas, { id: "Event" });

export const sourceSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: text,
    publishedOn: date,
    url: text,
    fileName: text,
    sha256: z.string().meta({ description: "SHA-256 of the text, hex." }),
    citationCount: z.int(),
  })
  .register(apiSchemas, { id: "SourceSummary" });

export const factTypes = [
  "coalition",
  "figure",
  "membership",
  "pledge",
  "condition",
  "event",
  "requirement",
] as const;

export const sourceSchema = sourceSummarySchema
  .extend({
    text: z.string(),
    citations: z.array(
      z.object({
        id: z.string(),
        quote: z.string(),
        field: text,
        fact: z
          .object({ type: z.enum(factTypes), id: z.string() })
          .meta({ description: "The fact the quote backs." }),
      }),
    ),
  })
  .meta({ description: "A source with its full text and every published citation of it." })
  .register(apiSchemas, { id: "Source" });

export const errorSchema = z
  .object({
    error: z.object({
      status: z.int(),
      message: z.string(),
      issues: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
    }),
  })
  .register(apiSchemas, { id: "Error" });

export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
    })
    .register(apiSchemas, { id });
}

export const pledgePageSchema = pageSchema(pledgeSchema, "PledgePage");
export const countryPageSchema = pageSchema(countrySchema, "CountryPage");
export const conditionPageSchema = pageSchema(conditionSchema, "ConditionPage");
export const eventPageSchema = pageSchema(eventSchema, "EventPage");
export const sourcePageSchema = pageSchema(sourceSummarySchema, "SourcePage");

export type ApiCitation = z.output<typeof citationSchema>;
export type ApiCountry = z.output<typeof countrySchema>;
export type ApiUnrecordedCountry = z.output<typeof unrecordedCountrySchema>;
export type ApiCondition = z.output<typeof conditionSchema>;
export type ApiEvent = z.output<typeof eventSchema>;
export type ApiSourceSummary = z.output<typeof sourceSummarySchema>;
export type ApiSource = z.output<typeof sourceSchema>;
