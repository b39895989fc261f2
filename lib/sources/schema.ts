import { z } from "zod";
import { optionalText, requiredText } from "@/lib/forms/form-fields";
import { optionalDateSchema } from "@/lib/dates/schema";
import { safeString } from "@/lib/security/safe-text";

/** A pasted article's first line: its headline, usually. */
export function firstLine(text: string): string {
  return (text.split("\n").find((line) => line.trim()) ?? "").trim().slice(0, 300);
}

/** The title given, or else the text's first line. */
export function sourceTitle(input: { title: string; text: string }): string {
  return input.title || firstLine(input.text);
}

/**
 * A new source: its full text (pasted; Windows line breaks made plain), and what the
 * form asks for beside it: title (the first line when left empty), publisher, web
 * address and publication date, each empty when the source does not state it.
 */
export const sourceSchema = z
  .object({
    title: optionalText(300),
    publisher: optionalText(200),
    publishedOn: optionalDateSchema,
    url: safeString()
      .trim()
      .max(2000)
      .refine((v) => v === "" || /^https?:\/\/\S+$/.test(v), {
        message: "A web address starting with http:// or https://, or empty.",
      })
      .optional()
      .default(""),
    text: requiredText(20, 200_000, "Paste the source's full text").transform((t) =>
      t.replace(/\r\n?/g, "\n"),
    ),
  })
  .superRefine((s, ctx) => {
    if (sourceTitle(s).length < 3)
      ctx.addIssue({
        code: "custom",
        path: ["title"],
        message: "Give the source's title (at least 3 characters), or start the text with it.",
      });
  });

export type SourceInput = z.infer<typeof sourceSchema>;
