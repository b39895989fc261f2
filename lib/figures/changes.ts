/** How lib/changes records a headline figure: its columns. */
import type { EntityDef } from "../changes/registry";
import { rowSnapshot } from "../changes/snapshot";

export const figureChanges: EntityDef = {
  key: "id",
  load: async (db, id) => rowSnapshot(await db.headlineFigure.findUnique({ where: { id } })),
};
