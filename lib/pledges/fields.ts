/**
 * A pledge's own columns, listed once. The live read's select, the as-of rebuild from
 * history (./as-of.ts) and the public projection (./api.ts) all come from this list: a new
 * column is added here, in the form (./schema.ts, ./mutations.ts, ./queries.ts's edit
 * read) and, if the public may see it, in ./api.ts's explicit list.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Disclosure, PledgeDomain, PledgeStatus } from "@/lib/generated/prisma/enums";
import { read, selectOf } from "@/lib/fields";
import { citationSelect } from "@/lib/sources/select";
import type { Visibility } from "@/lib/visibility";

export const pledgeFields = {
  id: read.text,
  domain: read.as<PledgeDomain>(),
  description: read.text,
  quantity: read.decimal,
  unit: read.optionalText,
  amount: read.decimal,
  currency: read.optionalText,
  status: read.as<PledgeStatus>(),
  disclosure: read.as<Disclosure>(),
  disputeNote: read.optionalText,
  pledgerNote: read.optionalText,
  announcedOn: read.day,
  effectiveOn: read.day,
  effectiveUntil: read.day,
  published: read.published,
  version: read.version,
  internalNote: read.optionalText,
};

export const pledgeSelect = {
  ...selectOf(pledgeFields),
  country: { select: { code: true, name: true } },
  conditions: {
    select: { condition: { select: { slug: true, name: true, status: true, published: true } } },
    orderBy: { condition: { sortOrder: "asc" } },
  },
  citations: citationSelect,
} satisfies Prisma.PledgeSelect;

export type PledgeView = Prisma.PledgeGetPayload<{ select: typeof pledgeSelect }>;

/** The public never receives internal notes, nor conditions still in draft. */
export function redactPledge(p: PledgeView, visibility: Visibility): PledgeView {
  if (visibility === "internal") return p;
  return {
    ...p,
    internalNote: null,
    conditions: p.conditions.filter((c) => c.condition.published),
  };
}
