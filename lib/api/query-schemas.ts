/**
 * The parameters each endpoint accepts. Strict: an unknown parameter is a 400, so a
 * typo (`?domian=AIR`) never silently returns everything. The OpenAPI document's
 * parameters are generated from these shapes.
 */
import { z } from "zod";
import { dateSchema } from "@/lib/dates/schema";
import { pageShape } from "@/lib/api/params";
import { CONDITION_CATEGORIES, CONDITION_STATUSES, EVENT_KINDS, POSTURES } from "@/lib/labels";
import {
  booleanParamSchema,
  checkDateRange,
  dateRangeIssue,
  labelEnum,
  listParam,
  optionalParam,
  pledgeFilterShape,
} from "@/lib/pledges/filter-schema";
import { versionSchema } from "@/lib/releases/schema";
import { countryCodeSchema, slugSchema } from "@/lib/codes";

/** `?release=1.2.0`: answer from that release's stored data instead of the live data. */
const releaseShape = {
  release: optionalParam(versionSchema).meta({
    description:
      "A published release's number (e.g. 1.0.0): that release's data exactly, not the live data; an unknown release is a 404.",
  }),
};

export const pledgeQuerySchema = z
  .strictObject({ ...pledgeFilterShape, ...pageShape, ...releaseShape })
  .refine(checkDateRange, dateRangeIssue);

export const exportFormats = ["csv", "xlsx"] as const;

export const pledgeExportQuerySchema = z
  .strictObject({
    ...pledgeFilterShape,
    format: optionalParam(z.enum(exportFormats)).meta({ description: "csv (default) or xlsx." }),
    ...releaseShape,
  })
  .refine(checkDateRange, dateRangeIssue);

export const countryQuerySchema = z.strictObject({
  posture: listParam(labelEnum(POSTURES)).meta({
    description: "Countries with a published posture among these.",
  }),
  member: optionalParam(booleanParamSchema).meta({
    description: "true: coalition members; false: everyone else.",
  }),
  eu: optionalParam(booleanParamSchema).meta({ description: "EU membership." }),
  nato: optionalParam(booleanParamSchema).meta({ description: "NATO membership." }),
  ...pageShape,
  ...releaseShape,
});

export const conditionQuerySchema = z.strictObject({
  status: listParam(labelEnum(CONDITION_STATUSES)).meta({ description: "Condition statuses." }),
  category: listParam(labelEnum(CONDITION_CATEGORIES)).meta({
    description: "Condition categories.",
  }),
  ...pageShape,
  ...releaseShape,
});

const alpha2 = countryCodeSchema;

export const eventQuerySchema = z
  .strictObject({
    kind: listParam(labelEnum(EVENT_KINDS)).meta({ description: "Event kinds." }),
    country: listParam(alpha2).meta({
      description: "Events involving any of these countries (ISO 3166-1 alpha-2).",
    }),
    condition: optionalParam(slugSchema).meta({
      description: "Events that moved this condition (its slug).",
    }),
    from: optionalParam(dateSchema).meta({
      description: "Occurred on or after (YYYY-MM-DD); undated events are left out.",
    }),
    to: optionalParam(dateSchema).meta({
      description: "Occurred on or before (YYYY-MM-DD); undated events are left out.",
    }),
    ...pageShape,
    ...releaseShape,
  })
  .refine(checkDateRange, dateRangeIssue);

export const sourceQuerySchema = z.strictObject({ ...pageShape, ...releaseShape });

/** Single items and documents take no parameters. */
export const noQuerySchema = z.strictObject({});

/** Single items and the dump may be pinned to a release. */
export const releaseQuerySchema = z.strictObject(releaseShape);

export const pathSchemas = {
  code: alpha2.meta({ description: "ISO 3166-1 alpha-2 code, either case.", examples: ["FR"] }),
  slug: slugSchema.meta({ description: "The condition's slug.", examples: ["us-backstop"] }),
  id: z.string().min(1).max(100, "Too long for an id").meta({ description: "The id." }),
};
