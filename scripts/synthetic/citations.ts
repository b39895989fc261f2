import type { Prisma } from "../../lib/generated/prisma/client";
import { created, type AuditRow } from "./history";
import type { Cite } from "./sources";

export type CitationRow = Required<Prisma.CitationCreateManyInput>;

type Fact =
  | { coalitionSlug: string }
  | { figureId: string }
  | { membershipId: string }
  | { pledgeId: string }
  | { conditionSlug: string }
  | { eventId: string }
  | { requirementId: string };

const NO_FACT = {
  coalitionSlug: null,
  provisionId: null,
  figureId: null,
  membershipId: null,
  pledgeId: null,
  conditionSlug: null,
  eventId: null,
  requirementId: null,
};

/** The citation rows backing one fact, ids `${idPrefix}-1`, `-2`..., and their CREATE entries. */
export function citationsOf(
  fact: Fact,
  idPrefix: string,
  cites: Cite[],
  at: Date,
): { rows: CitationRow[]; audit: AuditRow[] } {
  const rows = cites.map((c, i) => ({
    id: `${idPrefix}-${i + 1}`,
    sourceId: c.sourceId,
    quote: c.quote,
    field: c.field,
    ...NO_FACT,
    ...fact,
  }));
  return { rows, audit: rows.flatMap((r) => created("Citation", r, at)) };
}
