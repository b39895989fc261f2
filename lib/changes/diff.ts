import type { Snapshot } from "./snapshot";

export type FieldChange = { field: string; from: unknown; to: unknown };

/** Bookkeeping that changes on every save and says nothing about the fact. */
const IGNORED = new Set(["version"]);

/** Field-level differences between two snapshots (either may be null: create, delete). */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of keys) {
    if (IGNORED.has(field)) continue;
    const from = before?.[field] ?? null;
    const to = after?.[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  return changes;
}
