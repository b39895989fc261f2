import "server-only";
import { isLookupKey } from "@/lib/security/safe-text";
import { db } from "@/lib/db";
import type { PledgeInput } from "./schema";

/** A pledge as its edit form needs it: every field as text, plus its version. */
export async function getPledgeForEdit(id: string) {
  if (!isLookupKey(id)) return null;
  const p = await db.pledge.findUnique({ where: { id }, include: { conditions: { select: { conditionSlug: true } }, country: { select: { name: true } } } });
  if (!p) return null;
  const values: Record<keyof PledgeInput, string | string[]> = {
    countryCode: p.countryCode ?? "",
    pledgerNote: p.pledgerNote ?? "",
    domain: p.domain,
    description: p.description,
    quantity: p.quantity?.toString() ?? "",
    unit: p.unit ?? "",
    status: p.status,
    disclosure: p.disclosure,
    disputeNote: p.disputeNote ?? "",
    announcedOn: p.announcedOn?.toISOString().slice(0, 10) ?? "",
    effectiveOn: p.effectiveOn?.toISOString().slice(0, 10) ?? "",
    conditionSlugs: p.conditions.map((c) => c.conditionSlug),
    internalNote: p.internalNote ?? "",
  };
  return { id: p.id, version: p.version, published: p.published, countryName: p.country?.name ?? null, values };
}
