import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Which fact: the citation column that points at it, and its id. */
export type CitedFactKey = {
  key:
    | "pledgeId"
    | "membershipId"
    | "conditionSlug"
    | "eventId"
    | "requirementId"
    | "figureId"
    | "provisionId";
  id: string;
};

/** A fact's quotes for its edit page, oldest first, drafts' sources included (editors only). */
export function listFactCitations(fact: CitedFactKey) {
  return db.citation.findMany({
    where: { [fact.key]: fact.id } as Prisma.CitationWhereInput,
    select: {
      id: true,
      quote: true,
      field: true,
      source: { select: { id: true, title: true, published: true } },
    },
    orderBy: { id: "asc" },
  });
}

export type FactCitation = Awaited<ReturnType<typeof listFactCitations>>[number];
