import type { ConditionStatus, Disclosure, PledgeDomain, PledgeStatus } from "@/lib/labels";
import type { PledgeRow } from "@/lib/pledges/explorer-queries";

/** A pledge row as the client table receives it: dates and decimals as strings. */
export type ExplorerRow = {
  id: string;
  domain: PledgeDomain;
  description: string;
  status: PledgeStatus;
  disclosure: Disclosure;
  pledgerNote: string | null;
  quantity: string | null;
  unit: string | null;
  announcedOn: string | null;
  /** False for drafts, which only signed-in viewers are given. */
  published: boolean;
  country: { code: string; name: string } | null;
  conditions: { slug: string; name: string; status: ConditionStatus }[];
};

export function toExplorerRow(r: PledgeRow): ExplorerRow {
  return {
    ...r,
    quantity: r.quantity === null ? null : r.quantity.toString(),
    announcedOn: r.announcedOn ? r.announcedOn.toISOString().slice(0, 10) : null,
    conditions: r.conditions.map((c) => c.condition),
  };
}
