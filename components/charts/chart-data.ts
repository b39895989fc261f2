/** The one shape every chart here takes, and its table fallback reads. */
export type Series = { key: string; label: string; color: string };
export type ChartData = {
  /** Category (bar or day) key and label, with one number per series. */
  rows: { key: string; label: string; values: Record<string, number> }[];
  series: Series[];
};

export function rowTotal(values: Record<string, number>) {
  return Object.values(values).reduce((a, b) => a + b, 0);
}
