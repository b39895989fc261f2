/** How lib/changes records a pledge: its columns plus the slugs of the conditions it waits on. */
import type { EntityDef } from "../changes/registry";
import { toJson } from "../changes/snapshot";

export const pledgeChanges: EntityDef = {
  key: "id",
  load: async (db, id) => {
    const row = await db.pledge.findUnique({
      where: { id },
      include: { conditions: { select: { conditionSlug: true } } },
    });
    if (!row) return null;
    const { conditions, ...rest } = row;
    return { ...toJson(rest), conditionSlugs: conditions.map((c) => c.conditionSlug).sort() };
  },
};
