import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordChange } from "@/lib/changes/audit";
import type { EntityType } from "@/lib/changes/snapshot";
import type { RemoveCitationInput } from "./schema";
import {
  actorOf,
  applyChange,
  CITATION_KEY,
  loadSnapshot,
  refuse,
  type MutationResult,
} from "@/lib/entities";

type CitationRow = Prisma.CitationGetPayload<{ include: { source: { select: { title: true } } } }>;

/** The fact a citation backs: its type and id (exactly one key is set, by a check constraint). */
function factOf(c: CitationRow): { type: EntityType; id: string } | null {
  for (const [type, key] of Object.entries(CITATION_KEY) as [EntityType, keyof CitationRow][]) {
    const id = c[key];
    if (typeof id === "string") return { type, id };
  }
  return null;
}

/**
 * Takes a wrong or outdated quote off a fact, in one transaction: the citation's own
 * history records the deletion (so past views still show it), and the fact's history
 * gets an entry saying which quote went and why. A fact keeps at least one citation:
 * every fact cites a source, so the right quote is added before the wrong one goes.
 */
export async function removeCitation(
  user: SessionUser | null,
  input: RemoveCitationInput,
): Promise<MutationResult> {
  const { citationId, reason } = input;
  return applyChange(db, {
    user,
    permission: "data:write",
    type: "Citation",
    id: citationId,
    action: "DELETE",
    expectedVersion: null,
    justification: { reason, sourceId: "", quote: "" },
    write: async (tx) => {
      const citation = await tx.citation.findUnique({
        where: { id: citationId },
        include: { source: { select: { title: true } } },
      });
      const fact = citation && factOf(citation);
      if (!citation || !fact) return 0;
      const key = CITATION_KEY[fact.type]!;
      const siblings = await tx.citation.count({ where: { [key]: fact.id } });
      if (siblings <= 1) {
        refuse({
          ok: false,
          status: 400,
          message:
            "This is the fact's only citation. Add the right quote first (edit the fact and cite it), then remove this one.",
        });
      }
      const removed = (await tx.citation.deleteMany({ where: { id: citationId } })).count;
      const snapshot = await loadSnapshot(tx, fact.type, fact.id);
      await recordChange(tx, {
        actor: actorOf(user!),
        action: "UPDATE",
        type: fact.type,
        id: fact.id,
        before: snapshot,
        after: snapshot,
        reason: `Removed the quote “${citation.quote}” from ${citation.source.title}. ${reason}`,
        citation: null,
      });
      return removed;
    },
  });
}
