import "server-only";
import { keysetPage, type SortKey } from "@/lib/api/cursor";
import { isoDate, publishedFactWhere } from "@/lib/api/published";
import type { ApiSource, ApiSourceSummary, factTypes } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishedWhere } from "@/lib/visibility";

const published = publishedWhere("public");

const summarySelect = {
  id: true,
  title: true,
  publisher: true,
  publishedOn: true,
  url: true,
  fileName: true,
  sha256: true,
  _count: { select: { citations: { where: publishedFactWhere } } },
} satisfies Prisma.SourceSelect;

function toSummary({
  _count,
  publishedOn,
  ...source
}: Prisma.SourceGetPayload<{ select: typeof summarySelect }>): ApiSourceSummary {
  return { ...source, publishedOn: isoDate(publishedOn), citationCount: _count.citations };
}

const citationFactSelect = {
  id: true,
  quote: true,
  field: true,
  coalitionSlug: true,
  figureId: true,
  membershipId: true,
  pledgeId: true,
  conditionSlug: true,
  eventId: true,
  requirementId: true,
} satisfies Prisma.CitationSelect;

type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationFactSelect }>;

/** Which fact a citation backs; a check constraint makes it exactly one. */
function factOf(c: CitationRow): { type: (typeof factTypes)[number]; id: string } {
  const refs = [
    ["figure", c.figureId],
    ["membership", c.membershipId],
    ["pledge", c.pledgeId],
    ["condition", c.conditionSlug],
    ["event", c.eventId],
    ["requirement", c.requirementId],
    ["coalition", c.coalitionSlug],
  ] as const;
  const [type, id] = refs.find(([, ref]) => ref !== null) ?? ["coalition", ""];
  return { type, id: id ?? "" };
}

const fullSelect = {
  ...summarySelect,
  text: true,
  citations: { where: publishedFactWhere, select: citationFactSelect, orderBy: { id: "asc" } },
} satisfies Prisma.SourceSelect;

function toApiSource({
  text,
  citations,
  ...summary
}: Prisma.SourceGetPayload<{ select: typeof fullSelect }>): ApiSource {
  return {
    ...toSummary(summary),
    text,
    citations: citations.map((c) => ({
      id: c.id,
      quote: c.quote,
      field: c.field,
      fact: factOf(c),
    })),
  };
}

const keys: SortKey[] = [{ field: "id", dir: "asc", type: "string" }];

function pageArgs({ after, orderBy, take }: { after: object; orderBy: object[]; take: number }) {
  return {
    where: { AND: [published, after as Prisma.SourceWhereInput] },
    orderBy: orderBy as Prisma.SourceOrderByWithRelationInput[],
    take,
  };
}

export async function listPublicSources(page: { cursor?: string; limit: number }) {
  return keysetPage({
    ...page,
    keys,
    find: (args) => db.source.findMany({ ...pageArgs(args), select: summarySelect }),
    keyOf: (s) => [s.id],
    map: toSummary,
  });
}

/** Sources with their full text and citations, for the dump. */
export async function listPublicSourcesWithText(page: { cursor?: string; limit: number }) {
  return keysetPage({
    ...page,
    keys,
    find: (args) => db.source.findMany({ ...pageArgs(args), select: fullSelect }),
    keyOf: (s) => [s.id],
    map: toApiSource,
  });
}

export async function getPublicSource(id: string): Promise<ApiSource | null> {
  const row = await db.source.findFirst({ where: { id, ...published }, select: fullSelect });
  return row && toApiSource(row);
}
