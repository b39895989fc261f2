import { z } from "zod";
import { dayProblem } from "./schema";

/**
 * The one reading of `?asOf=` for every page that can look back: a day (`2026-12-01`,
 * meaning the end of that day, UTC) or a moment (`2026-12-01T10:15`, UTC, seconds
 * optional), so the state just before a change made today can be seen. Client-safe.
 */
export type AsOf = {
  /** The moment the view is rebuilt at (inclusive). */
  at: Date;
  /** The canonical query value: `2026-12-01` or `2026-12-01T10:15`. */
  value: string;
  day: string;
  /** HH:MM (or HH:MM:SS), or null for "the end of the day". */
  time: string | null;
  /** "the end of 1 Dec 2026 (UTC)" / "1 Dec 2026, 10:15 UTC". */
  label: string;
  /** "1 Dec 2026" / "1 Dec 2026, 10:15 UTC": for "on <date>". */
  short: string;
};

const MOMENT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?Z?)?$/;
const shortDay = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export const AS_OF_HINT =
  "Use a date like 2026-03-31, or a date and UTC time like 2026-03-31T14:30.";

/** Why `value` is not an as-of moment, or the moment. */
function readAsOf(value: string): AsOf | string {
  const m = MOMENT.exec(value.trim());
  if (!m) return `asOf "${value.slice(0, 40)}" is not a date. ${AS_OF_HINT}`;
  const [, day, hh, mm, ss] = m;
  const problem = dayProblem(day!);
  if (problem) return `asOf ${problem}`;
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59))
    return `asOf ${value}: the time is not a real time (00:00 to 23:59).`;
  const time = hh === undefined ? null : `${hh}:${mm}${ss ? `:${ss}` : ""}`;
  const at = new Date(time ? `${day}T${time}${ss ? "" : ":00"}.000Z` : `${day}T23:59:59.999Z`);
  const date = shortDay.format(new Date(`${day}T00:00:00Z`));
  return {
    at,
    value: time ? `${day}T${time}` : day!,
    day: day!,
    time,
    label: time ? `${date}, ${time} UTC` : `the end of ${date} (UTC)`,
    short: time ? `${date}, ${time} UTC` : date,
  };
}

/** `?asOf=` as a zod schema (pages, API parameters, exports): the moment, or a clear issue. */
export const asOfSchema = z.string().transform((v, ctx) => {
  const read = readAsOf(v);
  if (typeof read === "string") {
    ctx.addIssue({ code: "custom", message: read });
    return z.NEVER;
  }
  return read;
});

export type AsOfParam =
  | { kind: "none" }
  | { kind: "invalid"; message: string }
  /** Still to come: there is nothing to rebuild, so the page shows the current data. */
  | { kind: "future"; asOf: AsOf }
  | { kind: "past"; asOf: AsOf };

/**
 * A page's `asOf` (and the picker's optional `time`, joined to it) read once. A moment
 * whose start is after `now` is "future"; today's date is a past view of today so far.
 */
export function parseAsOfParam(
  params: { asOf?: string | string[]; time?: string | string[] },
  now = new Date(),
): AsOfParam {
  const raw = typeof params.asOf === "string" ? params.asOf.trim() : "";
  if (!raw) return { kind: "none" };
  const time = typeof params.time === "string" ? params.time.trim() : "";
  const parsed = asOfSchema.safeParse(time && !raw.includes("T") ? `${raw}T${time}` : raw);
  if (!parsed.success) return { kind: "invalid", message: parsed.error.issues[0]!.message };
  const asOf = parsed.data;
  const start = asOf.time ? asOf.at : new Date(`${asOf.day}T00:00:00Z`);
  return start.getTime() > now.getTime() ? { kind: "future", asOf } : { kind: "past", asOf };
}

/** The moment to rebuild, when the page names a past one; otherwise the page is live. */
export function pastAsOf(param: AsOfParam): AsOf | null {
  return param.kind === "past" ? param.asOf : null;
}
