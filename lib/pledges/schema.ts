import { z } from "zod";
import { optionalText, slugList } from "@/lib/forms/form-fields";
import { optionalDateSchema } from "@/lib/dates/schema";
import { safeString } from "@/lib/security/safe-text";
import { DISCLOSURES, DOMAINS, keysOf, PLEDGE_STATUSES } from "@/lib/labels";
import { COUNTRY_CODE } from "@/lib/codes";

const optionalDecimal = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{1,14}(\.\d{1,2})?$/.test(v), {
    message: "A positive number with at most two decimals, or empty for undisclosed.",
  })
  .optional()
  .default("");

/** The pledge form, validated the same way in the browser and on the server. */
export const pledgeSchema = z
  .object({
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === "" || COUNTRY_CODE.test(v), {
        message: "Choose a country, or none if undisclosed.",
      })
      .optional()
      .default(""),
    pledgerNote: optionalText(300),
    domain: z.enum(keysOf(DOMAINS) as [string, ...string[]], { message: "Choose a domain." }),
    description: safeString()
      .trim()
      .min(5, { message: "Describe the pledge (at least 5 characters)." })
      .max(2000, { message: "At most 2,000 characters." }),
    quantity: optionalDecimal,
    unit: optionalText(40),
    status: z.enum(keysOf(PLEDGE_STATUSES) as [string, ...string[]], {
      message: "Choose a status.",
    }),
    disclosure: z.enum(keysOf(DISCLOSURES) as [string, ...string[]], {
      message: "Choose a disclosure.",
    }),
    disputeNote: optionalText(2000),
    announcedOn: optionalDateSchema,
    effectiveOn: optionalDateSchema,
    /** When the pledge lapses, if a source says so (empty: not stated). */
    effectiveUntil: optionalDateSchema,
    conditionSlugs: slugList,
    internalNote: optionalText(4000),
  })
  .superRefine((p, ctx) => {
    if (!p.countryCode && !p.pledgerNote) {
      ctx.addIssue({
        code: "custom",
        path: ["pledgerNote"],
        message: "Without a named country, say who pledges (e.g. “several members, not named”).",
      });
    }
    if (p.unit && !p.quantity)
      ctx.addIssue({ code: "custom", path: ["quantity"], message: "A unit needs a quantity." });
    if (p.effectiveOn && p.effectiveUntil && p.effectiveUntil < p.effectiveOn) {
      ctx.addIssue({
        code: "custom",
        path: ["effectiveUntil"],
        message: "A pledge cannot lapse before it takes effect.",
      });
    }
    if (p.disclosure === "DISPUTED" && !p.disputeNote) {
      ctx.addIssue({ code: "custom", path: ["disputeNote"], message: "Say why it is disputed." });
    }
  });

export type PledgeInput = z.infer<typeof pledgeSchema>;
