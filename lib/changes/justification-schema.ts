import { z } from "zod";
import { optionalDateSchema } from "../dates/schema";
import { safeString } from "@/lib/security/safe-text";

const fields = z.object({
  sourceId: safeString().trim().max(100).optional().default(""),
  quote: safeString()
    .trim()
    .max(2000, { message: "Quotes are at most 2,000 characters." })
    .optional()
    .default(""),
  reason: safeString()
    .trim()
    .max(2000, { message: "Reasons are at most 2,000 characters." })
    .optional()
    .default(""),
  /** When the change happened in the world, as the source states it; "" when it does not. */
  happenedOn: optionalDateSchema.optional(),
});

/**
 * A change of a fact needs a citation (a source and a verbatim quote from it) or a
 * written reason; a new fact always needs the citation, a reason alone never makes one.
 * Shared by the forms (client) and the mutations (server).
 */
function justification(newFact: boolean) {
  return fields.superRefine((j, ctx) => {
    if (j.sourceId && !j.quote)
      ctx.addIssue({
        code: "custom",
        path: ["quote"],
        message: "Paste the words from the source that back this change.",
      });
    if (j.quote && !j.sourceId)
      ctx.addIssue({
        code: "custom",
        path: ["sourceId"],
        message: "Choose the source this quote comes from.",
      });
    if (newFact && !j.sourceId && !j.quote) {
      ctx.addIssue({
        code: "custom",
        path: ["sourceId"],
        message: "A new fact needs a source: choose the one that backs it.",
      });
      ctx.addIssue({
        code: "custom",
        path: ["quote"],
        message: "Paste the words from the source that back it.",
      });
    }
    if (!newFact && !j.sourceId && !j.quote && !j.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Give a citation (source and quote) or write a reason for this change.",
      });
    }
  });
}

export const justificationSchema = justification(false);
/** For creating a fact: a source and a quote, a reason optional. */
export const newFactJustificationSchema = justification(true);

export const justificationSchemaFor = (newFact: boolean) =>
  newFact ? newFactJustificationSchema : justificationSchema;

export type Justification = z.infer<typeof justificationSchema>;
