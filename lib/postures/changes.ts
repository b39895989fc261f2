/** How lib/changes records a membership (a country's posture): its columns. */
import type { EntityDef } from "../changes/registry";
import { rowSnapshot } from "../changes/snapshot";

export const membershipChanges: EntityDef = {
  key: "id",
  load: async (db, id) => rowSnapshot(await db.membership.findUnique({ where: { id } })),
};
