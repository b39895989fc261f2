import "server-only";
import { isLookupKey } from "@/lib/security/safe-text";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Justification } from "@/lib/changes/justification-schema";
import type { ReviewOptions } from "@/lib/changes/review";
import { applyChange, type MutationResult } from "@/lib/entities";
import type { FigureInput } from "./schema";

/**
 * A headline figure changes when a source says so ("27 countries are now ready"); the
 * dashboard's "N ready, M named publicly" follows it. Figures are the coalition's
 * reference numbers: they are corrected, not created or deleted, from the app.
 */
export async function updateFigure(
  user: SessionUser | null,
  id: string,
  expectedVersion: number,
  input: FigureInput,
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  return applyChange(db, {
    user,
    permission: "data:write",
    type: "HeadlineFigure",
    id,
    action: "UPDATE",
    expectedVersion,
    justification,
    replay: { kind: "figure.update", payload: input },
    review,
    write: async (tx) =>
      (
        await tx.headlineFigure.updateMany({
          where: { id, version: expectedVersion },
          data: {
            label: input.label,
            qualifier: input.qualifier || null,
            value: input.value,
            unit: input.unit,
            version: { increment: 1 },
          },
        })
      ).count,
  });
}

export async function getFigureForEdit(id: string) {
  if (!isLookupKey(id)) return null;
  const f = await db.headlineFigure.findUnique({ where: { id } });
  if (!f) return null;
  return {
    id: f.id,
    version: f.version,
    values: {
      label: f.label,
      qualifier: f.qualifier ?? "",
      value: f.value.toString(),
      unit: f.unit,
    },
  };
}
