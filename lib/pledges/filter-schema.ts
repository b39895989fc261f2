/**
 * The pledge filters as URL parameters, shared by the pledge explorer (/pledges), the
 * JSON API and the exports, so a view's query string means the same everywhere.
 * Parses what Next hands a page (`string | string[] | undefined` per key) or a
 * URLSearchParams turned into a record. Lists are comma-separated or repeated
 * (`?domain=AIR,MARITIME` or `?domain=AIR&domain=MARITIME`); an empty value counts
 * as absent, as an empty <select> submits it.
 */
import { z } from "zod";
import { dateSchema } from "@/lib/dates/schema";
import { DISCLOSURES, DOMAINS, keysOf, PLEDGE_STATUSES, type Meaning } from "@/lib/labels";
import type { PledgeFilter } from "@/lib/pledges/where";

function splitList(value: unknown): unknown {
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) =>
    typeof v === "string" ? v.split(",") : [v],
  );
  const items = parts.map((p) => (typeof p === "string" ? p.trim() : p)).filter((p) => p !== "");
  return items.length > 0 ? items : undefined;
}

/** A list parameter: comma-separated and/or repeated values, each checked by `item`. */
export function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess(splitList, z.array(item).optional());
}

/** A single-valued parameter; an empty value means absent. */
export function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
}

/** One of a label table's keys (lib/labels.ts), which are the Prisma enum's values. */
export function labelEnum<K extends string>(table: Record<K, Meaning>) {
  return z.enum(keysOf(table) as [K, ...K[]]);
}

/** ISO 3166-1 alpha-2 (either case), or "undisclosed" for pledges whose country no source names. */
export const countryParamSchema = z
  .string()
  .regex(/^([A-Za-z]{2}|undisclosed)$/, 'Expected a two-letter country code or "undisclosed"')
  .transform((s) => (s === "undisclosed" ? s : s.toUpperCase()));

/** "true"/"1" or "false"/"0", as a checkbox or a hand-written URL would say it. */
export const booleanParamSchema = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

import { slugSchema } from "@/lib/codes";

export const pledgeFilterShape = {
  country: listParam(countryParamSchema).meta({
    description:
      'Pledging countries, ISO 3166-1 alpha-2; "undisclosed" for pledges whose country no source names.',
    examples: [["FR", "GB"], ["undisclosed"]],
  }),
  domain: listParam(labelEnum(DOMAINS)).meta({ description: "Pledge domains." }),
  status: listParam(labelEnum(PLEDGE_STATUSES)).meta({ description: "Pledge statuses." }),
  disclosure: listParam(labelEnum(DISCLOSURES)).meta({
    description: "How publicly the pledge is known.",
  }),
  condition: listParam(slugSchema).meta({
    description:
      "Only pledges waiting on one of these conditions (slugs). With blocked=true: only pledges blocked by one of them, i.e. waiting on one that is not met.",
    examples: [["us-backstop"], ["signed-ceasefire", "us-backstop"]],
  }),
  blocked: optionalParam(booleanParamSchema).meta({
    description:
      "true: only pledges waiting on a condition that is not met (one of `condition`'s, when given).",
  }),
  q: optionalParam(z.string().trim().min(1).max(200)).meta({
    description: "Words in the pledge's description (case-insensitive).",
  }),
  from: optionalParam(dateSchema).meta({
    description: "Announced on or after this date (YYYY-MM-DD); undated pledges are left out.",
  }),
  to: optionalParam(dateSchema).meta({
    description: "Announced on or before this date (YYYY-MM-DD); undated pledges are left out.",
  }),
};

type FilterParams = z.output<z.ZodObject<typeof pledgeFilterShape>>;

/** `to` before `from` is a mistake worth reporting, not an empty result. */
export function checkDateRange(p: { from?: string; to?: string }) {
  return !(p.from && p.to && p.from > p.to);
}
export const dateRangeIssue = { path: ["to"], message: "must not be before from" };

/**
 * The parsed parameters as the PledgeFilter that pledgeWhere() understands, read as the
 * explorer reads its URL: "blocked" with conditions chosen means blocked by one of them
 * ("blocked by the US backstop"); alone, blocked by any unmet condition.
 */
export function toPledgeFilter(p: FilterParams): PledgeFilter {
  const blockedBy = p.blocked && p.condition?.length ? p.condition : undefined;
  return {
    countries: p.country,
    domains: p.domain,
    statuses: p.status,
    disclosures: p.disclosure,
    conditions: blockedBy ? undefined : p.condition,
    blocked: Boolean(p.blocked) && !blockedBy,
    blockedBy,
    q: p.q,
    from: p.from,
    to: p.to,
  };
}

export const pledgeFilterSchema = z
  .object(pledgeFilterShape)
  .refine(checkDateRange, dateRangeIssue)
  .transform(toPledgeFilter);

export type PledgeFilterInput = z.output<typeof pledgeFilterSchema>;
