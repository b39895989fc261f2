/**
 * ISO 3166-1 reference data from i18n-iso-countries (which codes exist, alpha-3 and
 * numeric), with names from Intl.DisplayNames, which gives the short English names people
 * use ("Russia", "Moldova") rather than the ISO list's formal ones.
 */
import countries from "i18n-iso-countries";
import { parseCountryCode } from "@/lib/codes";

export type IsoCountry = { code: string; alpha3: string; numeric: string; name: string };

const names = new Intl.DisplayNames("en", { type: "region", fallback: "none" });

/** An ISO 3166-1 alpha-2 code (either case) to its country, or null if it is no country's code. */
export function isoCountry(code: string): IsoCountry | null {
  const upper = parseCountryCode(code);
  if (!upper) return null;
  if (!countries.isValid(upper)) return null;
  return {
    code: upper,
    alpha3: countries.alpha2ToAlpha3(upper)!,
    numeric: countries.alpha2ToNumeric(upper)!,
    name: names.of(upper) ?? upper,
  };
}

let all: IsoCountry[] | null = null;

/** Every ISO 3166-1 country, by name. */
export function listIsoCountries(): IsoCountry[] {
  all ??= Object.keys(countries.getAlpha2Codes())
    .map((code) => isoCountry(code)!)
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return all;
}

/** Folds case and accents, so "turkiye" finds "Türkiye" and "cote" finds "Côte d’Ivoire". */
export function foldForSearch(text: string) {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();
}

/** Countries whose name contains the words typed, or whose code they are. */
export function matchesCountry(c: { code: string; name: string }, query: string) {
  const q = foldForSearch(query);
  return !q || c.code.toLowerCase() === q || foldForSearch(c.name).includes(q);
}
