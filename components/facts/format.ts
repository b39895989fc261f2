/** "undisclosed" is the app's word for whatever the sources do not say. */
export const UNDISCLOSED = "undisclosed";

export function formatDate(date: Date | null | undefined): string {
  if (!date) return "date not stated";
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

export function formatQuantity(value: { toString(): string } | null, unit: string | null): string {
  if (value === null) return UNDISCLOSED;
  return `${Number(value.toString()).toLocaleString("en")}${unit ? ` ${unit}` : ""}`;
}

export function formatMoney(value: { toString(): string } | null, currency: string | null): string | null {
  if (value === null) return null;
  const n = Number(value.toString());
  return currency
    ? n.toLocaleString("en", { style: "currency", currency, maximumFractionDigits: 0 })
    : n.toLocaleString("en");
}

export function plural(n: number, one: string, many = `${one}s`) {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}
