/** How lib/changes records a share link: everything but the token's hash. */
import type { EntityDef } from "../changes/registry";
import type { Snapshot } from "../changes/snapshot";

export const shareChanges: EntityDef = {
  key: "id",
  noun: "link",
  load: async (db, id) => {
    const link = await db.shareLink.findUnique({ where: { id }, omit: { tokenHash: true } });
    return link ? (JSON.parse(JSON.stringify(link)) as Snapshot) : null;
  },
};
