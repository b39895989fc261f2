/** How lib/changes records a framework's provision: its columns plus the conditions and pledges it bears on. */
import type { EntityDef } from "../changes/registry";
import { toJson } from "../changes/snapshot";

export const provisionChanges: EntityDef = {
  key: "id",
  load: async (db, id) => {
    const row = await db.provision.findUnique({
      where: { id },
      include: {
        conditions: { select: { conditionSlug: true } },
        pledges: { select: { pledgeId: true } },
      },
    });
    if (!row) return null;
    const { conditions, pledges, ...rest } = row;
    return {
      ...toJson(rest),
      conditionSlugs: conditions.map((c) => c.conditionSlug).sort(),
      pledgeIds: pledges.map((p) => p.pledgeId).sort(),
    };
  },
};
