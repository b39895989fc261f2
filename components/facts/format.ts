/** "undisclosed" is the app's word for whatever the sources do not say. */
export const UNDISCLOSED = "undisclosed";

// One formatter each, made once: Date#toLocaleDateString builds a new Intl formatter
// on every call (about 90 µs), which added up to a tenth of a second on a large page.
const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "4 October 2025"; dates are stored as UTC days. */
export function formatDate(date: Date | null | undefined): string {
  if (!date) return "date not stated";
  return longDate.format(date);
}

/** "4 Oct 2025", for chart axes and their tables. */
export function formatShortDate(date: Date): string {
  return shortDate.format(date);
}

export function formatQuantity(value: { toString(): string } | null, unit: string | null): string {
  if (value === null) return UNDISCLOSED;
  return `${Number(value.toString()).toLocaleString("en")}${unit ? ` ${unit}` : ""}`;
}

export function formatMoney(
  value: { toString(): string } | null,
  currency: string | null,
): string | null {
  if (value === null) return null;
  const n = Number(value.toString());
  return currency
    ? n.toLocaleString("en", { style: "currency", currency, maximumFractionDigits: 0 })
    : n.toLocaleString("en");
}

/** A count as the site writes it everywhere: 93,028. */
export function formatCount(n: number): string {
  return n.toLocaleString("en");
}

export function plural(n: number, one: string, many = `${one}s`) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
