import { z } from "zod";
import { optionalText, requiredText } from "@/lib/forms/form-fields";
import { DOMAINS, keysOf } from "@/lib/labels";

/** A capability the coalition says it needs, optionally with a size. */
export const requirementSchema = z
  .object({
    domain: z.enum(keysOf(DOMAINS) as [string, ...string[]], { message: "Choose a domain." }),
    description: requiredText(5, 500, "Describe the need"),
    quantity: z
      .string()
      .trim()
      .refine((v) => v === "" || /^\d{1,14}(\.\d{1,2})?$/.test(v), {
        message: "A positive number with at most two decimals, or empty for undisclosed.",
      })
      .optional()
      .default(""),
    unit: optionalText(40),
  })
  .superRefine((r, ctx) => {
    if (r.unit && !r.quantity)
      ctx.addIssue({ code: "custom", path: ["quantity"], message: "A unit needs a quantity." });
  });

export type RequirementInput = z.infer<typeof requirementSchema>;
