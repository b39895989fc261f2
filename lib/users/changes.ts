/** How lib/changes records an account: who it is and its role, never its password or sessions. */
import type { EntityDef } from "../changes/registry";

export const userChanges: EntityDef = {
  key: "id",
  noun: "account",
  load: (db, id) =>
    db.user.findUnique({
      where: { id },
      select: { id: true, email: true, name: true, role: true },
    }),
};
