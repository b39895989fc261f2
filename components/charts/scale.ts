/** Axis arithmetic for the server-drawn charts: whole-number ticks and linear scales. */

/** 0 up to at least `max`, in steps of 1, 2 or 5 times a power of ten (whole numbers). */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const rough = Math.max(1, max / count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return ticks;
}

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps to r0. */
export function linear(d0: number, d1: number, r0: number, r1: number) {
  return (v: number) => (d1 === d0 ? r0 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));
}

/** `n` values spread evenly from `a` to `b`, both included. */
export function spread(a: number, b: number, n: number): number[] {
  if (n <= 1 || a === b) return [a];
  return Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
}

export const compact = new Intl.NumberFormat("en", { notation: "compact" });
