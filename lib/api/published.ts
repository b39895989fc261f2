import type { Prisma } from "@/lib/generated/prisma/client";
import { publishedWhere } from "@/lib/visibility";

const published = publishedWhere("public");

/** A fact's citations as the public sees them: the site's, quotes from published sources only. */
export { citationSelect as publicCitationSelect } from "@/lib/sources/select";

/** Citations whose fact is published (coalitions and figures have no drafts). */
export const publishedFactWhere = {
  AND: [
    { OR: [{ membershipId: null }, { membership: published }] },
    { OR: [{ pledgeId: null }, { pledge: published }] },
    { OR: [{ conditionSlug: null }, { condition: published }] },
    { OR: [{ eventId: null }, { event: published }] },
    { OR: [{ requirementId: null }, { requirement: published }] },
  ],
} satisfies Prisma.CitationWhereInput;

/** Prisma's Date for a @db.Date column, as ISO 8601 (YYYY-MM-DD). */
export function isoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export function decimal(value: { toString(): string } | null): number | null {
  return value === null ? null : Number(value.toString());
}
