/**
 * Keyset pagination. A list is ordered by sort keys ending in a unique one; the
 * cursor is the last row's key values, base64url-encoded JSON, so the next page is
 * "rows after these values": an index range scan, as fast on page 2,000 as on page 1.
 * Null values sort last in either direction.
 */
import { ApiError } from "@/lib/api/errors";

export type SortKey = {
  field: string;
  dir: "asc" | "desc";
  type: "string" | "int" | "date";
  nullable?: boolean;
};
type KeyValue = string | number | Date | null;
type Where = Record<string, unknown>;

export type Page<T> = { data: T[]; nextCursor: string | null };

function encodeValue(value: KeyValue) {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

export function encodeCursor(values: KeyValue[]): string {
  return Buffer.from(JSON.stringify(values.map(encodeValue))).toString("base64url");
}

function decodeValue(key: SortKey, value: unknown): KeyValue {
  if (value === null && key.nullable) return null;
  if (key.type === "int" && Number.isInteger(value)) return value as number;
  if (key.type === "string" && typeof value === "string") return value;
  if (key.type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T00:00:00Z`);
  throw new Error("bad value");
}

export function decodeCursor(cursor: string, keys: SortKey[]): KeyValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(values) || values.length !== keys.length) throw new Error("bad shape");
    return keys.map((key, i) => decodeValue(key, values[i]));
  } catch {
    const message = "Not a cursor this list returned";
    throw new ApiError(400, `Invalid parameter "cursor": ${message}`, [
      { parameter: "cursor", message },
    ]);
  }
}

export function keysetOrderBy(keys: SortKey[]): Where[] {
  return keys.map((k) => ({ [k.field]: k.nullable ? { sort: k.dir, nulls: "last" } : k.dir }));
}

/** Rows strictly after `values` in the order of `keys`. */
export function keysetWhere(keys: SortKey[], values: KeyValue[]): Where {
  const branches: Where[] = [];
  keys.forEach((key, i) => {
    const value = values[i] ?? null;
    if (value === null) return; // nulls come last: nothing non-null follows a null
    const beyond = { [key.field]: key.dir === "asc" ? { gt: value } : { lt: value } };
    const after = key.nullable ? { OR: [beyond, { [key.field]: null }] } : beyond;
    const equalBefore = keys.slice(0, i).map((k, j) => ({ [k.field]: values[j] ?? null }));
    branches.push({ AND: [...equalBefore, after] });
  });
  return { OR: branches };
}

/**
 * One page: asks `find` for limit + 1 rows after the cursor, so it knows whether
 * another page follows without counting.
 */
export async function keysetPage<Row, T>(opts: {
  keys: SortKey[];
  cursor?: string;
  limit: number;
  find: (args: { after: Where; orderBy: Where[]; take: number }) => Promise<Row[]>;
  keyOf: (row: Row) => KeyValue[];
  map: (row: Row) => T;
}): Promise<Page<T>> {
  const after = opts.cursor ? keysetWhere(opts.keys, decodeCursor(opts.cursor, opts.keys)) : {};
  const rows = await opts.find({ after, orderBy: keysetOrderBy(opts.keys), take: opts.limit + 1 });
  const more = rows.length > opts.limit;
  const page = more ? rows.slice(0, opts.limit) : rows;
  const last = page[page.length - 1];
  return {
    data: page.map(opts.map),
    nextCursor: more && last ? encodeCursor(opts.keyOf(last)) : null,
  };
}
