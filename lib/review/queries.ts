import "server-only";
import { db } from "@/lib/db";
import { labelChanges, loadChangeNames } from "@/lib/changes/change-labels";
import { diffSnapshots, type FieldChange } from "@/lib/changes/diff";
import type { Justification } from "@/lib/changes/justification-schema";
import { reviewRequired } from "@/lib/changes/review";
import { CITATION_KEY } from "@/lib/changes/write";
import type { EntityType, Snapshot } from "@/lib/changes/snapshot";
import { isLookupKey } from "@/lib/security/safe-text";

export { reviewRequired };

const SUMMARY = {
  id: true,
  entityType: true,
  entityId: true,
  action: true,
  status: true,
  proposedById: true,
  proposedByName: true,
  proposedAt: true,
  decidedByName: true,
  decidedAt: true,
  decisionReason: true,
} as const;

/** Proposals waiting for a second editor, oldest first. */
export async function listPendingProposals() {
  return db.changeProposal.findMany({
    where: { status: "PENDING" },
    orderBy: { proposedAt: "asc" },
    select: SUMMARY,
    take: 200,
  });
}

export type Proposal = NonNullable<Awaited<ReturnType<typeof getProposal>>>;

/** One proposal as the reviewer sees it: the diff in words, the citation given, the fact's citations now. */
export async function getProposal(id: string) {
  if (!isLookupKey(id)) return null;
  const row = await db.changeProposal.findUnique({
    where: { id },
    select: { ...SUMMARY, before: true, after: true, justification: true },
  });
  if (!row) return null;
  const type = row.entityType as EntityType;
  const raw: FieldChange[] = diffSnapshots(
    row.before as Snapshot | null,
    row.after as Snapshot | null,
  ).filter((c) => c.field !== "version");
  const changes = labelChanges(type, raw, await loadChangeNames(db, raw));
  const justification = row.justification as Justification;
  const given = justification.sourceId
    ? {
        quote: justification.quote,
        source: await db.source.findUnique({
          where: { id: justification.sourceId },
          select: { id: true, title: true },
        }),
      }
    : null;
  const key = CITATION_KEY[type];
  const existing = key
    ? await db.citation.findMany({
        where: { [key]: row.entityId },
        select: { id: true, quote: true, source: { select: { id: true, title: true } } },
        orderBy: { id: "asc" },
      })
    : [];
  const { before, after, justification: _j, ...summary } = row;
  void _j;
  const title = String(
    (after as Snapshot | null)?.title ??
      (after as Snapshot | null)?.description ??
      (before as Snapshot | null)?.title ??
      (before as Snapshot | null)?.description ??
      (after as Snapshot | null)?.name ??
      row.entityId,
  );
  return { ...summary, title, reason: justification.reason, changes, given, existing };
}
