import { z } from "zod";
import { optionalText, requiredText } from "@/lib/forms/form-fields";
import { CONDITION_CATEGORIES, CONDITION_STATUSES, keysOf } from "@/lib/labels";

export const conditionSchema = z.object({
  name: requiredText(3, 200, "Name the condition"),
  description: requiredText(5, 2000, "Describe the condition"),
  category: z.enum(keysOf(CONDITION_CATEGORIES) as [string, ...string[]], {
    message: "Choose a category.",
  }),
  status: z.enum(keysOf(CONDITION_STATUSES) as [string, ...string[]], {
    message: "Choose a status.",
  }),
  evidence: requiredText(5, 4000, "Give the evidence for the status"),
  internalNote: optionalText(4000),
});

export type ConditionInput = z.infer<typeof conditionSchema>;
