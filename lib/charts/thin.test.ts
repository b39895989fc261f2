import { describe, expect, it } from "vitest";
import { thinSeries } from "./thin";

/** `n` consecutive days from `start`, each carrying its own index. */
function daily(start: string, n: number) {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => ({
    day: new Date(t0 + i * 86_400_000).toISOString().slice(0, 10),
    i,
  }));
}

describe("thinSeries", () => {
  it("keeps every day while they fit", () => {
    const points = daily("2025-01-01", 120);
    expect(thinSeries(points)).toEqual({ points, granularity: "day" });
  });

  it("keeps the last day of each Monday-to-Sunday week when days do not fit", () => {
    // 2025-01-06 is a Monday: 20 days are two full weeks and six days of a third.
    const { points, granularity } = thinSeries(daily("2025-01-06", 20), 10);
    expect(granularity).toBe("week");
    expect(points.map((p) => p.day)).toEqual(["2025-01-12", "2025-01-19", "2025-01-25"]);
  });

  it("falls back to months, keeping each month's last value", () => {
    const { points, granularity } = thinSeries(daily("2025-01-01", 365), 40);
    expect(granularity).toBe("month");
    expect(points).toHaveLength(12);
    expect(points[0]).toEqual({ day: "2025-01-31", i: 30 });
    expect(points.at(-1)).toEqual({ day: "2025-12-31", i: 364 });
  });

  it("keeps sparse days in their own weeks", () => {
    const points = [
      { day: "2025-03-02" },
      { day: "2025-03-03" },
      { day: "2025-03-09" },
      { day: "2025-03-10" },
    ];
    expect(thinSeries(points, 3).points.map((p) => p.day)).toEqual([
      "2025-03-02",
      "2025-03-09",
      "2025-03-10",
    ]);
  });
});
