/** How lib/changes records a country: its columns. */
import type { EntityDef } from "../changes/registry";
import { rowSnapshot } from "../changes/snapshot";

export const countryChanges: EntityDef = {
  key: "code",
  load: async (db, code) => rowSnapshot(await db.country.findUnique({ where: { code } })),
};
