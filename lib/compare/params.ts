/**
 * `/compare?c=FR,GB,DE`: two to four ISO alpha-2 codes, comma-separated (a plain GET
 * form's repeated `c=` keys mean the same). Anything else is reported, never a 500.
 */
import { parseCountryCode } from "@/lib/codes";
export const MIN_COUNTRIES = 2;
export const MAX_COUNTRIES = 4;

export type CompareParams = { codes: string[]; malformed: string[]; dropped: string[] };

export function parseCompareParam(raw: string | string[] | undefined): CompareParams {
  const parts = (Array.isArray(raw) ? raw : raw ? [raw] : [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  const codes: string[] = [];
  const malformed: string[] = [];
  for (const part of parts) {
    const code = parseCountryCode(part);
    if (!code) malformed.push(part.slice(0, 40));
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes: codes.slice(0, MAX_COUNTRIES), malformed, dropped: codes.slice(MAX_COUNTRIES) };
}
