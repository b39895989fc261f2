import { z } from "zod";
import { safeString } from "@/lib/security/safe-text";

/** Removing a quote needs a written reason (a citation cannot vouch for its own removal). */
export const removeCitationSchema = z.object({
  citationId: safeString().trim().min(1).max(100),
  reason: safeString()
    .trim()
    .min(1, { message: "Say why this quote does not back the fact." })
    .max(2000, { message: "Reasons are at most 2,000 characters." }),
});
export type RemoveCitationInput = z.infer<typeof removeCitationSchema>;
