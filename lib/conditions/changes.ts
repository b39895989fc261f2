/** How lib/changes records a condition: its columns. */
import type { EntityDef } from "../changes/registry";
import { rowSnapshot } from "../changes/snapshot";

export const conditionChanges: EntityDef = {
  key: "slug",
  load: async (db, slug) => rowSnapshot(await db.condition.findUnique({ where: { slug } })),
};
