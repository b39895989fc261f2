import "server-only";
import { isLookupKey } from "@/lib/security/safe-text";
import { db } from "@/lib/db";

export async function getEventForEdit(id: string) {
  if (!isLookupKey(id)) return null;
  const e = await db.event.findUnique({ where: { id }, include: { countries: true, conditions: true } });
  if (!e) return null;
  return {
    id: e.id,
    version: e.version,
    published: e.published,
    values: {
      kind: e.kind,
      title: e.title,
      summary: e.summary,
      occurredOn: e.occurredOn?.toISOString().slice(0, 10) ?? "",
      location: e.location ?? "",
      disputeNote: e.disputeNote ?? "",
      internalNote: e.internalNote ?? "",
      countryCodes: e.countries.map((c) => c.countryCode),
      conditionSlugs: e.conditions.map((c) => c.conditionSlug),
    },
  };
}
