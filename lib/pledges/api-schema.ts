/** A pledge as the JSON API returns it: the OpenAPI component "Pledge" and the contract tests' type. */
import { z } from "zod";
import { apiSchemas, citations, date, text } from "@/lib/api/registry";
import { CONDITION_STATUSES, DISCLOSURES, DOMAINS, PLEDGE_STATUSES } from "@/lib/labels";
import { labelEnum } from "@/lib/pledges/filter-schema";

export const pledgeSchema = z
  .object({
    id: z.string(),
    coalition: z.string(),
    country: z
      .object({ code: z.string(), name: z.string() })
      .nullable()
      .meta({ description: "null: no source names the country." }),
    pledgerNote: text.meta({ description: "Who pledges, when no single named country does." }),
    domain: labelEnum(DOMAINS),
    description: z.string(),
    quantity: z.number().nullable(),
    unit: text,
    amount: z.number().nullable(),
    currency: text,
    status: labelEnum(PLEDGE_STATUSES),
    disclosure: labelEnum(DISCLOSURES),
    disputeNote: text,
    announcedOn: date,
    effectiveOn: date,
    effectiveUntil: date.meta({
      description: "When the pledge lapses, as a source states it; null when none does.",
    }),
    conditions: z.array(
      z.object({ slug: z.string(), name: z.string(), status: labelEnum(CONDITION_STATUSES) }),
    ),
    blockedBy: z
      .array(z.string())
      .meta({ description: "Slugs of the conditions it waits on that are not met." }),
    citations,
  })
  .register(apiSchemas, { id: "Pledge" });

export type ApiPledge = z.output<typeof pledgeSchema>;
