/**
 * Long histories, thinned for drawing: a status series has a point for every day on
 * which something changed, which at scale is hundreds of days (and hundreds of table
 * rows, most of the page's weight). Keeping the last point of each week or month keeps
 * every value true (the state at the end of that day) and drops only the days between.
 */
export type Granularity = "day" | "week" | "month";

/** At most this many points are drawn (and tabulated) per chart. */
export const MAX_POINTS = 120;

const bucketOf: Record<Granularity, (day: string) => string> = {
  day: (day) => day,
  // Weeks start on Monday, as in ISO 8601: the bucket is that Monday's date.
  week: (day) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  },
  month: (day) => day.slice(0, 7),
};

function lastPerBucket<P extends { day: string }>(points: P[], granularity: Granularity): P[] {
  const kept: P[] = [];
  let bucket: string | null = null;
  for (const p of points) {
    const b = bucketOf[granularity](p.day);
    if (b === bucket) kept[kept.length - 1] = p;
    else kept.push(p);
    bucket = b;
  }
  return kept;
}

/** The finest of day, week and month that fits in `max` points; points sorted by day. */
export function thinSeries<P extends { day: string }>(
  points: P[],
  max = MAX_POINTS,
): { points: P[]; granularity: Granularity } {
  if (points.length <= max) return { points, granularity: "day" };
  const weekly = lastPerBucket(points, "week");
  if (weekly.length <= max) return { points: weekly, granularity: "week" };
  return { points: lastPerBucket(points, "month"), granularity: "month" };
}
