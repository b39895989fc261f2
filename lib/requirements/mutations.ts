import "server-only";
import { isLookupKey } from "@/lib/security/safe-text";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { PledgeDomain } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import type { Justification } from "@/lib/changes/justification-schema";
import type { ReviewOptions } from "@/lib/changes/review";
import { applyChange, refuse, type MutationResult } from "@/lib/entities";
import type { RequirementInput } from "./schema";

function columns(input: RequirementInput) {
  return {
    domain: input.domain as PledgeDomain,
    description: input.description,
    quantity: input.quantity || null,
    unit: input.unit || null,
  };
}

export async function createRequirement(
  user: SessionUser | null,
  input: RequirementInput,
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  const id = review.id ?? `r-${randomBytes(6).toString("hex")}`;
  const coalition = await db.coalition.findFirst({
    select: { slug: true },
    orderBy: { slug: "asc" },
  });
  return applyChange(db, {
    user,
    permission: "data:write",
    type: "Requirement",
    id,
    action: "CREATE",
    expectedVersion: null,
    justification,
    replay: { kind: "requirement.create", payload: input },
    review,
    write: async (tx) => {
      if (!coalition) refuse({ ok: false, status: 400, message: "There is no coalition." });
      await tx.requirement.create({
        data: { id, coalitionSlug: coalition.slug, ...columns(input) },
      });
      return 1;
    },
  });
}

export async function updateRequirement(
  user: SessionUser | null,
  id: string,
  expectedVersion: number,
  input: RequirementInput,
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  return applyChange(db, {
    user,
    permission: "data:write",
    type: "Requirement",
    id,
    action: "UPDATE",
    expectedVersion,
    justification,
    replay: { kind: "requirement.update", payload: input },
    review,
    write: async (tx) =>
      (
        await tx.requirement.updateMany({
          where: { id, version: expectedVersion },
          data: { ...columns(input), version: { increment: 1 } },
        })
      ).count,
  });
}

export async function getRequirementForEdit(id: string) {
  if (!isLookupKey(id)) return null;
  const r = await db.requirement.findUnique({ where: { id } });
  if (!r) return null;
  return {
    id: r.id,
    version: r.version,
    values: {
      domain: r.domain,
      description: r.description,
      quantity: r.quantity?.toString() ?? "",
      unit: r.unit ?? "",
    },
  };
}
