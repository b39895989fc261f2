/** How lib/changes records a source: its columns. */
import type { EntityDef } from "../changes/registry";
import { rowSnapshot } from "../changes/snapshot";

export const sourceChanges: EntityDef = {
  key: "id",
  load: async (db, id) => rowSnapshot(await db.source.findUnique({ where: { id } })),
};
