import { z } from "zod";
import { codeList, optionalText, requiredText, slugList } from "@/lib/forms/form-fields";
import { optionalDateSchema } from "@/lib/dates/schema";
import { EVENT_KINDS, keysOf } from "@/lib/labels";

export const eventSchema = z.object({
  kind: z.enum(keysOf(EVENT_KINDS) as [string, ...string[]], { message: "Choose a kind." }),
  title: requiredText(5, 200, "Give the event a title"),
  summary: requiredText(5, 2000, "Summarise what happened"),
  occurredOn: optionalDateSchema,
  location: optionalText(200),
  disputeNote: optionalText(2000),
  countryCodes: codeList,
  conditionSlugs: slugList,
  internalNote: optionalText(4000),
});

export type EventInput = z.infer<typeof eventSchema>;
