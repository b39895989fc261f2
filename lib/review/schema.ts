import { z } from "zod";
import { safeString } from "@/lib/security/safe-text";

export const decisionSchema = z
  .object({
    id: z.string().trim().min(1).max(100),
    decision: z.enum(["approve", "reject"], { message: "Choose approve or reject." }),
    reason: safeString()
      .trim()
      .max(2000, { message: "At most 2,000 characters." })
      .optional()
      .default(""),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "reject" && !d.reason)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Say why you reject it: the proposer reads this.",
      });
  });
