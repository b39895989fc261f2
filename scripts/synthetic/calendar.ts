/** Dates for synthetic facts: everything happens inside one fixed window, so a seed always gives the same data. */
import type { Faker } from "@faker-js/faker";

export const WINDOW_START = new Date("2025-01-01T00:00:00Z");
export const WINDOW_END = new Date("2026-10-31T00:00:00Z");

const DAY = 86_400_000;

export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/** A calendar day (UTC midnight) between `from` and `to`. */
export function randomDay(f: Faker, from: Date, to: Date): Date {
  const days = Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY));
  return addDays(from, f.number.int({ min: 0, max: days }));
}

/** `count` increasing moments (to the minute) after `after`, none later than `to`. */
export function laterMoments(f: Faker, after: Date, to: Date, count: number): Date[] {
  const start = after.getTime() + 60_000;
  const span = Math.max(0, Math.floor((to.getTime() - start) / 60_000));
  const minutes = Array.from({ length: count }, () => f.number.int({ min: 0, max: span })).sort(
    (a, b) => a - b,
  );
  return minutes.map((m, i) => new Date(start + (m + i) * 60_000));
}

/** A moment during the day `day`, office hours UTC. */
export const during = (f: Faker, day: Date) =>
  new Date(day.getTime() + f.number.int({ min: 7 * 60, max: 18 * 60 }) * 60_000);

export { formatDate as longDate } from "@/components/facts/format";
