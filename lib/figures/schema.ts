import { z } from "zod";
import { safeString } from "@/lib/security/safe-text";
import { optionalText, requiredText } from "@/lib/forms/form-fields";

/** A headline figure ("26 countries ready to deploy"): the number as the source states it. */
export const figureSchema = z.object({
  label: requiredText(3, 200, "Say what the number counts"),
  qualifier: optionalText(40),
  value: z
    .string()
    .trim()
    .regex(/^\d{1,14}(\.\d{1,2})?$/, { message: "A positive number with at most two decimals." }),
  unit: safeString()
    .trim()
    .min(1, { message: "Give the unit, e.g. countries." })
    .max(40, { message: "At most 40 characters." }),
});

export type FigureInput = z.infer<typeof figureSchema>;
