/** How lib/changes records an event: its columns plus the countries and conditions it names. */
import type { EntityDef } from "../changes/registry";
import { toJson } from "../changes/snapshot";

export const eventChanges: EntityDef = {
  key: "id",
  load: async (db, id) => {
    const row = await db.event.findUnique({
      where: { id },
      include: {
        countries: { select: { countryCode: true } },
        conditions: { select: { conditionSlug: true } },
      },
    });
    if (!row) return null;
    const { countries, conditions, ...rest } = row;
    return {
      ...toJson(rest),
      countryCodes: countries.map((c) => c.countryCode).sort(),
      conditionSlugs: conditions.map((c) => c.conditionSlug).sort(),
    };
  },
};
