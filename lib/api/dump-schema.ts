import { z } from "zod";
import { DOMAINS } from "@/lib/labels";
import { labelEnum } from "@/lib/pledges/filter-schema";
import {
  apiSchemas,
  citationSchema,
  conditionSchema,
  countrySchema,
  eventSchema,
  sourceSchema,
} from "@/lib/api/schemas";
import { pledgeSchema } from "@/lib/pledges/api-schema";

const citations = z.array(citationSchema);

export const figureSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    qualifier: z
      .string()
      .nullable()
      .meta({ description: 'e.g. "more than", when the source gives a bound.' }),
    value: z.number(),
    unit: z.string(),
    sortOrder: z.int(),
    citations,
  })
  .register(apiSchemas, { id: "HeadlineFigure" });

export const requirementSchema = z
  .object({
    id: z.string(),
    domain: labelEnum(DOMAINS),
    description: z.string(),
    quantity: z.number().nullable(),
    unit: z.string().nullable(),
    citations,
  })
  .meta({ description: "A capability the coalition says it needs." })
  .register(apiSchemas, { id: "Requirement" });

export const coalitionSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    citations,
    figures: z.array(figureSchema),
    requirements: z.array(requirementSchema),
  })
  .register(apiSchemas, { id: "Coalition" });

export const dumpSchema = z
  .object({
    generatedAt: z.iso.datetime(),
    licence: z.string(),
    provenance: z.string(),
    coalitions: z.array(coalitionSchema),
    countries: z.array(countrySchema).meta({ description: "With their memberships (postures)." }),
    conditions: z.array(conditionSchema),
    pledges: z.array(pledgeSchema),
    events: z.array(eventSchema),
    sources: z
      .array(sourceSchema)
      .meta({ description: "With full text and every published citation." }),
  })
  .meta({
    description:
      "The whole published dataset. Citations sit on the fact they back, and again under their source.",
  })
  .register(apiSchemas, { id: "Dump" });

export type ApiCoalition = z.output<typeof coalitionSchema>;
