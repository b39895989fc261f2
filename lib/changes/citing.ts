/**
 * The citation half of the gateway: a quote given with a change is checked word for word
 * against its source and attached to the fact; a fact created, published or edited must
 * end up cited; a deleted fact's citations get their own audit entries.
 */
import type { Prisma } from "../generated/prisma/client";
import { recordChange, type Actor } from "./audit";
import type { FieldChange } from "./diff";
import type { Justification } from "./justification-schema";
import { closestPassage, findQuote, normaliseQuote } from "./quote-match";
import { refuse } from "./result";
import { loadSnapshot, type RecordType, type Snapshot } from "./snapshot";
import type { AuditAction } from "../generated/prisma/enums";

type Tx = Prisma.TransactionClient;

/** What of a change the citation rules read. */
type CitedChange = {
  type: RecordType;
  id: string;
  action: AuditAction;
  justification: Justification;
};

/** Where a citation given with a change is attached. */
export const CITATION_KEY: Partial<Record<RecordType, keyof Prisma.CitationUncheckedCreateInput>> =
  {
    Pledge: "pledgeId",
    Membership: "membershipId",
    Condition: "conditionSlug",
    Event: "eventId",
    Requirement: "requirementId",
    HeadlineFigure: "figureId",
    Coalition: "coalitionSlug",
    Provision: "provisionId",
  };

/** Columns that are bookkeeping, not something a quote can back. */
const NOT_BACKED = new Set(["version", "published", "internalNote"]);

/**
 * Checks the quote against its source (forgiving typography, not words), attaches it to
 * the fact unless the fact already has that quote, and insists that a fact being
 * created, published or edited ends up with at least one citation: a written reason
 * may justify an edit of a cited fact, never a new or uncited one.
 */
export async function attachCitation(
  tx: Tx,
  spec: CitedChange,
  changes: FieldChange[],
  actor: Actor,
) {
  const key = CITATION_KEY[spec.type];
  const cited = key && spec.action !== "DELETE";
  const { sourceId, quote } = spec.justification;
  if (!sourceId || !quote) {
    if (cited) await requireCitation(tx, spec, key);
    return null;
  }
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { text: true } });
  if (!source)
    refuse({
      ok: false,
      status: 400,
      message: "Check the citation.",
      fieldErrors: { sourceId: ["This source does not exist."] },
    });
  const found = findQuote(source.text, quote);
  if (!found) {
    refuse({
      ok: false,
      status: 400,
      message: "Check the citation.",
      fieldErrors: { quote: ["This quote does not appear word for word in the chosen source."] },
      closestPassage: closestPassage(source.text, quote) ?? undefined,
    });
  }
  const citation = { sourceId, quote: found.passage };
  if (!cited) return citation;
  const existing = await tx.citation.findMany({
    where: { [key]: spec.id, sourceId },
    select: { quote: true },
  });
  if (existing.some((c) => normaliseQuote(c.quote) === normaliseQuote(found.passage)))
    return citation;
  // A creation's quote backs the whole fact; an edit's backs the fields it changed.
  const field =
    spec.action === "CREATE"
      ? null
      : changes
          .map((c) => c.field)
          .filter((f) => !NOT_BACKED.has(f))
          .join(", ") || null;
  const created = await tx.citation.create({
    data: { ...citation, field, [key]: spec.id } as Prisma.CitationUncheckedCreateInput,
  });
  await recordChange(tx, {
    actor,
    action: "CREATE",
    type: "Citation",
    id: created.id,
    before: null,
    after: await loadSnapshot(tx, "Citation", created.id),
    citation,
  });
  return citation;
}

/** Refuses the change when the fact has no citation and none was given. */
async function requireCitation(
  tx: Tx,
  spec: CitedChange,
  key: keyof Prisma.CitationUncheckedCreateInput,
) {
  if (await tx.citation.count({ where: { [key]: spec.id } })) return;
  const message =
    spec.action === "CREATE"
      ? "A new fact needs a citation: choose its source and paste the words that back it."
      : spec.action === "PUBLISH"
        ? "This draft has no citation yet: edit it to cite a source and a quote, then publish it."
        : "This fact has no citation yet: cite a source and a quote (a reason alone is not enough).";
  refuse({
    ok: false,
    status: 400,
    message,
    fieldErrors: {
      sourceId: ["Choose the source that backs this fact."],
      quote: ["Paste the words from the source that back it."],
    },
  });
}

/** The snapshots of a fact's citations, which deleting the fact deletes with it. */
export async function citationsOf(tx: Tx, spec: CitedChange): Promise<Snapshot[]> {
  const key = CITATION_KEY[spec.type];
  if (!key) return [];
  const rows = await tx.citation.findMany({ where: { [key]: spec.id }, select: { id: true } });
  return (await Promise.all(rows.map((r) => loadSnapshot(tx, "Citation", r.id)))).filter(
    (s): s is Snapshot => !!s,
  );
}

/** Citations gone with their fact get their own DELETE entries, so replayed history drops them too. */
export async function recordCascade(tx: Tx, citations: Snapshot[], actor: Actor, reason: string) {
  for (const before of citations) {
    const id = String(before.id);
    if (await tx.citation.count({ where: { id } })) continue;
    await recordChange(tx, {
      actor,
      action: "DELETE",
      type: "Citation",
      id,
      before,
      after: null,
      reason: reason || null,
    });
  }
}
