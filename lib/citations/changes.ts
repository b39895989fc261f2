/** How lib/changes records a citation: its columns. */
import type { EntityDef } from "../changes/registry";
import { rowSnapshot } from "../changes/snapshot";

export const citationChanges: EntityDef = {
  key: "id",
  load: async (db, id) => rowSnapshot(await db.citation.findUnique({ where: { id } })),
};
