/**
 * Rebuilding the past: the latest audit snapshot of every entity at or before a moment
 * is that entity's state then (a DELETE's empty `after` means it did not exist).
 */
import type { PrismaClient } from "../generated/prisma/client";
import { ENTITY_TYPES, type EntityType, type Snapshot } from "./snapshot";

export type Dataset = Record<EntityType, Map<string, Snapshot>>;

export function emptyDataset(): Dataset {
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, new Map()])) as unknown as Dataset;
}

/** The dataset as it stood at `at` (inclusive); `null` means now. */
export async function datasetAt(
  db: Pick<PrismaClient, "$queryRaw">,
  at: Date | null,
): Promise<Dataset> {
  const limit = at ?? new Date("9999-12-31T00:00:00Z");
  // DISTINCT ON keeps, per entity, the newest entry at or before the moment.
  const rows = await db.$queryRaw<
    { entityType: string; entityId: string; after: Snapshot | null }[]
  >`
    select distinct on ("entityType", "entityId") "entityType", "entityId", "after"
    from "AuditEntry"
    where "at" <= ${limit} and "entityType" = any(${[...ENTITY_TYPES]})
    order by "entityType", "entityId", "at" desc, "id" desc`;
  const dataset = emptyDataset();
  for (const row of rows) {
    if (row.after) dataset[row.entityType as EntityType].set(row.entityId, row.after);
  }
  return dataset;
}
