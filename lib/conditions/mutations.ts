import "server-only";
import { db } from "@/lib/db";
import type { ConditionCategory, ConditionStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import type { Justification } from "@/lib/changes/justification-schema";
import type { ReviewOptions } from "@/lib/changes/review";
import { applyChange, type MutationResult } from "@/lib/entities";
import { slugify } from "@/lib/codes";
import type { ConditionInput } from "./schema";

function columns(input: ConditionInput) {
  return {
    name: input.name,
    description: input.description,
    category: input.category as ConditionCategory,
    status: input.status as ConditionStatus,
    evidence: input.evidence,
    internalNote: input.internalNote || null,
  };
}

export async function createCondition(
  user: SessionUser | null,
  input: ConditionInput & { published: boolean },
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  const slug = slugify(input.name) || "condition";
  const last = await db.condition.aggregate({ _max: { sortOrder: true } });
  return applyChange(db, {
    user,
    permission: input.published ? "data:publish" : "data:write",
    type: "Condition",
    id: slug,
    action: "CREATE",
    expectedVersion: null,
    justification,
    replay: { kind: "condition.create", payload: input },
    review,
    write: async (tx) => {
      await tx.condition.create({
        data: {
          slug,
          ...columns(input),
          published: input.published,
          sortOrder: (last._max.sortOrder ?? 0) + 1,
        },
      });
      return 1;
    },
  });
}

export async function updateCondition(
  user: SessionUser | null,
  slug: string,
  expectedVersion: number,
  input: ConditionInput,
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  return applyChange(db, {
    user,
    permission: "data:write",
    type: "Condition",
    id: slug,
    action: "UPDATE",
    expectedVersion,
    justification,
    replay: { kind: "condition.update", payload: input },
    review,
    write: async (tx) =>
      (
        await tx.condition.updateMany({
          where: { slug, version: expectedVersion },
          data: { ...columns(input), version: { increment: 1 } },
        })
      ).count,
  });
}
