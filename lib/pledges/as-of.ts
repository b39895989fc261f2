import "server-only";
/** Pledges as they stood at a past moment, rebuilt from history into the live read's shape. */
import { fromSnapshot } from "@/lib/fields";
import type { ConditionStatus } from "@/lib/generated/prisma/enums";
import {
  citationsOf,
  countryRef,
  listOf,
  visible,
  type Dataset,
  type Snapshot,
} from "@/lib/history/as-of";
import { DOMAINS, keysOf } from "@/lib/labels";
import type { Visibility } from "@/lib/visibility";
import { pledgeFields, redactPledge, type PledgeView } from "./fields";

export function pledgeFromSnapshot(ds: Dataset, s: Snapshot, visibility: Visibility): PledgeView {
  const view: PledgeView = {
    ...fromSnapshot(pledgeFields, s),
    country: countryRef(ds, s.countryCode),
    conditions: listOf(s.conditionSlugs)
      .map((slug) => ds.Condition.get(slug))
      .filter((c): c is Snapshot => visible(c, visibility))
      .sort((a, b) => Number(a.sortOrder) - Number(b.sortOrder))
      .map((c) => ({
        condition: {
          slug: String(c.slug),
          name: String(c.name),
          status: c.status as ConditionStatus,
          published: c.published !== false,
        },
      })),
    citations: citationsOf(ds, "pledgeId", String(s.id)),
  };
  return redactPledge(view, visibility);
}

/** The pledge snapshots the viewer may see, unconverted (counting needs no more). */
export function pledgeSnapshots(ds: Dataset, visibility: Visibility): Snapshot[] {
  return [...ds.Pledge.values()].filter((p) => visible(p, visibility));
}

const domainOrder = keysOf(DOMAINS);

/** The live list's order: named countries by code (unnamed last), then domain as declared, then id. */
export function byPledgeOrder(a: PledgeView, b: PledgeView) {
  const ac = a.country?.code ?? null;
  const bc = b.country?.code ?? null;
  if (ac !== bc) return ac === null ? 1 : bc === null ? -1 : ac < bc ? -1 : 1;
  return (
    domainOrder.indexOf(a.domain) - domainOrder.indexOf(b.domain) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Every pledge the viewer may see, as it stood. */
export function pledgesAt(ds: Dataset, visibility: Visibility): PledgeView[] {
  return pledgeSnapshots(ds, visibility).map((p) => pledgeFromSnapshot(ds, p, visibility));
}
