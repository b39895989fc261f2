import { z } from "zod";
import { safeString } from "@/lib/security/safe-text";

/**
 * Every change of a fact needs a citation (a source and a verbatim quote from it) or a
 * written reason. Shared by the forms (client) and the mutations (server).
 */
export const justificationSchema = z
  .object({
    sourceId: safeString().trim().max(100).optional().default(""),
    quote: safeString().trim().max(2000, { message: "Quotes are at most 2,000 characters." }).optional().default(""),
    reason: safeString().trim().max(2000, { message: "Reasons are at most 2,000 characters." }).optional().default(""),
  })
  .superRefine((j, ctx) => {
    if (j.sourceId && !j.quote) ctx.addIssue({ code: "custom", path: ["quote"], message: "Paste the words from the source that back this change." });
    if (j.quote && !j.sourceId) ctx.addIssue({ code: "custom", path: ["sourceId"], message: "Choose the source this quote comes from." });
    if (!j.sourceId && !j.quote && !j.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a citation (source and quote) or write a reason for this change." });
    }
  });

export type Justification = z.infer<typeof justificationSchema>;
