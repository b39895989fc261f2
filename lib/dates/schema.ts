import { z } from "zod";

/**
 * The one reading of a calendar date (YYYY-MM-DD, a UTC day) for forms, pages, API
 * parameters and exports. A date is refused, never rolled over: 2026-02-31 is not
 * 3 March, and years outside the tracker's range (0000, 99999) are mistakes.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `value` is not a usable date, or null when it is one. */
export function dayProblem(value: string): string | null {
  const m = DAY.exec(value);
  if (!m) return `"${value.slice(0, 40)}" is not a date: use YYYY-MM-DD, like 2026-03-31.`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR)
    return `${value}: the year must be from ${MIN_YEAR} to ${MAX_YEAR}.`;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return `${value} is not a real date.`;
  return null;
}

/** A required date as YYYY-MM-DD (API parameters: `format: date` in the OpenAPI document). */
export const dateSchema = z.iso
  .date({
    abort: true,
    error: (issue) =>
      (typeof issue.input === "string" && dayProblem(issue.input)) ||
      "Expected a date as YYYY-MM-DD",
  })
  .superRefine((v, ctx) => {
    const problem = DAY.test(v) ? dayProblem(v) : null;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** A form's date field: empty (not stated) or a real date; kept as the string typed. */
export const optionalDateSchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = v === "" ? null : dayProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .optional()
  .default("");

/**
 * A checked YYYY-MM-DD as the Date Prisma stores for a @db.Date column; "" is null. An
 * unchecked bad value throws rather than rolling over (the schemas refuse it first).
 */
export function dateOrNull(value: string | null | undefined): Date | null {
  if (!value) return null;
  const problem = dayProblem(value);
  if (problem) throw new Error(problem);
  return new Date(`${value}T00:00:00Z`);
}
