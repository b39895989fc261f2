import { z } from "zod";
import { optionalText, requiredText, slugList } from "@/lib/forms/form-fields";
import { keysOf, PROVISION_STATUSES } from "@/lib/labels";

export const provisionSchema = z.object({
  name: requiredText(3, 200, "Name the provision"),
  description: requiredText(5, 2000, "Describe the provision"),
  status: z.enum(keysOf(PROVISION_STATUSES) as [string, ...string[]], {
    message: "Choose how far it has got.",
  }),
  conditionSlugs: slugList,
  internalNote: optionalText(4000),
});

export type ProvisionInput = z.infer<typeof provisionSchema>;
