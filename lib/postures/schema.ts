import { z } from "zod";
import { optionalText, requiredText } from "@/lib/forms/form-fields";
import { keysOf, POSTURES } from "@/lib/labels";

export const postureSchema = z.object({
  posture: z.enum(keysOf(POSTURES) as [string, ...string[]], { message: "Choose a posture." }),
  isMember: z.boolean(),
  summary: requiredText(5, 1000, "Summarise the posture"),
  conditionsInOwnWords: optionalText(2000),
  internalNote: optionalText(4000),
});

export type PostureInput = z.infer<typeof postureSchema>;
