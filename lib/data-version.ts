import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/**
 * The dataset's version: a counter that database triggers bump on every write to a
 * fact table or the history, by any process, in the writing transaction (see the
 * data_version migration). Read at most once per request.
 */
export const dataVersion = cache(async (): Promise<bigint> => {
  const row = await db.dataVersion.findUnique({ where: { id: 1 }, select: { value: true } });
  return row?.value ?? 0n;
});

const memo = new Map<string, { version: bigint; value: Promise<unknown> }>();
/** Filtered views add a key each (a chart per filter): the oldest computed are let go. */
const MAX_KEYS = 256;

/**
 * A value derived from the whole dataset (the dashboard's counts, the over-time charts),
 * computed once and reused until the data changes. The version is read before the value
 * is loaded, so a value is never kept under a version newer than the data it was built
 * from. Callers must not mutate what they get: it is shared between requests.
 */
export async function untilDataChanges<T>(key: string, load: () => Promise<T>): Promise<T> {
  const version = await dataVersion();
  const hit = memo.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = load();
  if (!hit || version >= hit.version) {
    memo.delete(key); // re-inserted last: the Map's order is the order values were computed
    memo.set(key, { version, value });
    if (memo.size > MAX_KEYS) memo.delete(memo.keys().next().value!);
  }
  value.catch(() => {
    if (memo.get(key)?.value === value) memo.delete(key);
  });
  return value;
}
