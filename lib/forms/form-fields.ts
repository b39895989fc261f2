import { z } from "zod";
import { safeString } from "@/lib/security/safe-text";
import { COUNTRY_CODE, SLUG } from "@/lib/codes";

/** Shared zod pieces for the editing forms (dates: lib/dates/schema.ts). */
export const optionalText = (max: number) =>
  safeString()
    .trim()
    .max(max, { message: `At most ${max.toLocaleString("en")} characters.` })
    .optional()
    .default("");

export const requiredText = (min: number, max: number, what: string) =>
  safeString()
    .trim()
    .min(min, { message: `${what} (at least ${min} characters).` })
    .max(max, { message: `At most ${max.toLocaleString("en")} characters.` });

export const slugList = z.array(z.string().regex(SLUG)).max(30).optional().default([]);
export const codeList = z.array(z.string().regex(COUNTRY_CODE)).max(30).optional().default([]);
