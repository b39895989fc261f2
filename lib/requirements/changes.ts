/** How lib/changes records a capability need: its columns. */
import type { EntityDef } from "../changes/registry";
import { rowSnapshot } from "../changes/snapshot";

export const requirementChanges: EntityDef = {
  key: "id",
  load: async (db, id) => rowSnapshot(await db.requirement.findUnique({ where: { id } })),
};
