/**
 * The two identifiers that arrive from URLs, forms and the API: ISO 3166-1 alpha-2
 * country codes and slugs. One pattern each, read the same way everywhere (either case
 * in, canonical case out), so "fr" and "FR", "US-Backstop" and "us-backstop" never mean
 * two things in two places. Whether a code names a recorded country is the caller's
 * question (lib/countries/iso.ts tells a real ISO code).
 */
import { z } from "zod";

/** A country code as stored: two capital letters. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
const ANY_CASE_CODE = /^[A-Za-z]{2}$/;
/** A slug as stored: lowercase letters, digits and dashes. */
export const SLUG = /^[a-z0-9-]{1,80}$/;
const ANY_CASE_SLUG = /^[A-Za-z0-9-]{1,80}$/;

/** "fr" or "FR" to "FR"; anything else to null. */
export function parseCountryCode(value: string): string | null {
  return ANY_CASE_CODE.test(value) ? value.toUpperCase() : null;
}

/** "US-Backstop" to "us-backstop"; anything else to null. */
export function parseSlug(value: string): string | null {
  return ANY_CASE_SLUG.test(value) ? value.toLowerCase() : null;
}

/** A name as a slug: "A US backstop" -> "a-us-backstop" (empty when nothing is left). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

/** A two-letter country code in either case, upper-cased. */
export const countryCodeSchema = z
  .string()
  .regex(ANY_CASE_CODE, "Expected a two-letter country code")
  .transform((s) => s.toUpperCase());

/** A slug as stored (the API documents its pattern). */
export const slugSchema = z
  .string()
  .regex(SLUG, "Expected a slug (lowercase letters, digits and dashes)");
