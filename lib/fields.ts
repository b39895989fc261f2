/**
 * A record's columns, listed once per entity (`lib/<entity>/fields.ts`) with how each
 * reads back from a history snapshot. From that one list come the Prisma select of the
 * live read, the as-of rebuild from the audit log, and the public projection's values.
 */
import { Prisma } from "@/lib/generated/prisma/client";

type Json = Prisma.JsonValue | undefined;
export type FieldReader = (value: Json) => unknown;
export type Fields = Record<string, FieldReader>;

/** Snapshot values back to what Prisma returns (history keeps decimals as strings, dates as text). */
export const read = {
  text: (v: Json) => String(v),
  optionalText: (v: Json) => (v === null || v === undefined ? null : String(v)),
  decimal: (v: Json) => (v === null || v === undefined ? null : new Prisma.Decimal(String(v))),
  /** A @db.Date column, kept as YYYY-MM-DD (or, for columns the snapshot does not know as dates, an ISO timestamp). */
  day: (v: Json) => (v ? new Date(String(v).length === 10 ? `${v}T00:00:00Z` : String(v)) : null),
  as:
    <T>() =>
    (v: Json) =>
      v as T,
  published: (v: Json) => v !== false,
  version: (v: Json) => Number(v ?? 1),
  number: (v: Json) => Number(v ?? 0),
} satisfies Record<string, FieldReader | (() => FieldReader)>;

/** `{ field: true, ... }` for every listed field: the select of a live read. */
export function selectOf<F extends Fields>(fields: F): { [K in keyof F]: true } {
  return Object.fromEntries(Object.keys(fields).map((k) => [k, true])) as { [K in keyof F]: true };
}

/** The listed fields of a snapshot, read back as a live read returns them. */
export function fromSnapshot<F extends Fields>(
  fields: F,
  snapshot: Record<string, Json>,
): { [K in keyof F]: ReturnType<F[K]> } {
  return Object.fromEntries(
    Object.entries(fields).map(([k, readField]) => [k, readField(snapshot[k])]),
  ) as {
    [K in keyof F]: ReturnType<F[K]>;
  };
}

/** How the public API writes a value: dates as YYYY-MM-DD, decimals as numbers. */
export type PublicValue<T> = T extends Date ? string : T extends Prisma.Decimal ? number : T;

function publicValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Prisma.Decimal.isDecimal(value)) return Number(value.toString());
  return value;
}

/**
 * Exactly the fields named in `keys` (an explicit list, never "all but"), written as the
 * public API writes them: a column added for editors cannot reach the public by default.
 */
export function publicValues<T extends object, K extends keyof T>(
  row: T,
  keys: readonly K[],
): { [P in K]: PublicValue<T[P]> } {
  return Object.fromEntries(keys.map((k) => [k, publicValue(row[k])])) as {
    [P in K]: PublicValue<T[P]>;
  };
}
