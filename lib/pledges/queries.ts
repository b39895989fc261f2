import "server-only";
/**
 * The pledge read API: one pledge or a filtered list, for a viewer, now or at a past
 * moment (rebuilt from history), in the same shape either way, so pages just call it.
 * The explorer's paged list is in ./explorer-queries.ts, the public API's in ./api.ts.
 */
import { cache } from "react";
import { db } from "@/lib/db";
import { loadDatasetAt } from "@/lib/history/as-of";
import { isLookupKey } from "@/lib/security/safe-text";
import { publishedWhere, type ReadOptions, type Visibility } from "@/lib/visibility";
import { byPledgeOrder, pledgeFromSnapshot, pledgesAt } from "./as-of";
import { pledgeSelect, redactPledge, type PledgeView } from "./fields";
import type { PledgeInput } from "./schema";
import { matchesPledgeFilter, pledgeWhere, type PledgeFilter } from "./where";

export type { PledgeView } from "./fields";
export type { PledgeFilter } from "./where";

/** Every pledge matching `filter` the viewer may see, named countries first, then by domain and id. */
export async function listPledges(
  filter: PledgeFilter = {},
  { viewer = "public", at = null }: ReadOptions = {},
): Promise<PledgeView[]> {
  if (at) {
    const pledges = pledgesAt(await loadDatasetAt(at), viewer);
    return pledges.filter((p) => matchesPledgeFilter(p, filter)).sort(byPledgeOrder);
  }
  const rows = await db.pledge.findMany({
    where: { ...pledgeWhere(filter), ...publishedWhere(viewer) },
    select: pledgeSelect,
    orderBy: [{ countryCode: { sort: "asc", nulls: "last" } }, { domain: "asc" }, { id: "asc" }],
  });
  return rows.map((p) => redactPledge(p, viewer));
}

// Cached per request on plain values (an options object would be a new key every call),
// so a page and its metadata read the pledge once.
const readPledge = cache(async function readPledge(
  id: string,
  viewer: Visibility,
  at: number | null,
): Promise<PledgeView | null> {
  if (!/^[\w-]{1,100}$/.test(id)) return null;
  if (at !== null) {
    const ds = await loadDatasetAt(new Date(at));
    const s = ds.Pledge.get(id);
    return s && (viewer === "internal" || s.published !== false)
      ? pledgeFromSnapshot(ds, s, viewer)
      : null;
  }
  const pledge = await db.pledge.findFirst({
    where: { id, ...publishedWhere(viewer) },
    select: pledgeSelect,
  });
  return pledge && redactPledge(pledge, viewer);
});

/** One pledge as its own page shows it, or null (unknown id, a draft the viewer may not see, or not yet recorded at `at`). */
export function getPledge(
  id: string,
  { viewer = "public", at = null }: ReadOptions = {},
): Promise<PledgeView | null> {
  return readPledge(id, viewer, at ? at.getTime() : null);
}

/** A pledge as its edit form needs it: every field as text, plus its version. */
export async function getPledgeForEdit(id: string) {
  if (!isLookupKey(id)) return null;
  const p = await db.pledge.findUnique({
    where: { id },
    include: {
      conditions: { select: { conditionSlug: true } },
      country: { select: { name: true } },
    },
  });
  if (!p) return null;
  const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? "";
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
    announcedOn: day(p.announcedOn),
    effectiveOn: day(p.effectiveOn),
    effectiveUntil: day(p.effectiveUntil),
    conditionSlugs: p.conditions.map((c) => c.conditionSlug),
    internalNote: p.internalNote ?? "",
  };
  return {
    id: p.id,
    version: p.version,
    published: p.published,
    countryName: p.country?.name ?? null,
    values,
  };
}
