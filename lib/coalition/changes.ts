/** How lib/changes records the coalition: its columns. */
import type { EntityDef } from "../changes/registry";
import { rowSnapshot } from "../changes/snapshot";

export const coalitionChanges: EntityDef = {
  key: "slug",
  load: async (db, slug) => rowSnapshot(await db.coalition.findUnique({ where: { slug } })),
};
