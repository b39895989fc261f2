import { z } from "zod";
import { optionalText, requiredText } from "@/lib/forms/form-fields";
import { optionalDateSchema } from "@/lib/dates/schema";
import { safeString } from "@/lib/security/safe-text";

export const sourceSchema = z.object({
  title: requiredText(3, 300, "Give the source's title"),
  publisher: optionalText(200),
  publishedOn: optionalDateSchema,
  url: safeString()
    .trim()
    .max(2000)
    .refine((v) => v === "" || /^https?:\/\/\S+$/.test(v), { message: "A web address starting with http:// or https://, or empty." })
    .optional()
    .default(""),
  text: requiredText(20, 200_000, "Paste the source's full text"),
});

export type SourceInput = z.infer<typeof sourceSchema>;
