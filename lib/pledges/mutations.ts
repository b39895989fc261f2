import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Disclosure, PledgeDomain, PledgeStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import { dateOrNull } from "@/lib/dates/schema";
import type { Justification } from "@/lib/changes/justification-schema";
import type { ReviewOptions } from "@/lib/changes/review";
import { applyChange, refuse, type MutationResult, type Tx } from "@/lib/entities";
import type { PledgeInput } from "./schema";

function columns(input: PledgeInput) {
  return {
    countryCode: input.countryCode || null,
    pledgerNote: input.pledgerNote || null,
    domain: input.domain as PledgeDomain,
    description: input.description,
    quantity: input.quantity || null,
    unit: input.unit || null,
    status: input.status as PledgeStatus,
    disclosure: input.disclosure as Disclosure,
    disputeNote: input.disputeNote || null,
    announcedOn: dateOrNull(input.announcedOn),
    effectiveOn: dateOrNull(input.effectiveOn),
    effectiveUntil: dateOrNull(input.effectiveUntil),
    internalNote: input.internalNote || null,
  };
}

async function checkReferences(tx: Tx, input: PledgeInput) {
  if (
    input.countryCode &&
    !(await tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } }))
  ) {
    refuse({
      ok: false,
      status: 400,
      message: "Check the highlighted fields.",
      fieldErrors: { countryCode: ["No such country is recorded."] },
    });
  }
  const slugs = [...new Set(input.conditionSlugs)];
  if (
    slugs.length &&
    (await tx.condition.count({ where: { slug: { in: slugs } } })) !== slugs.length
  ) {
    refuse({
      ok: false,
      status: 400,
      message: "Check the highlighted fields.",
      fieldErrors: { conditionSlugs: ["One of the chosen conditions does not exist."] },
    });
  }
  return slugs;
}

async function setConditions(tx: Tx, pledgeId: string, slugs: string[]) {
  await tx.pledgeCondition.deleteMany({ where: { pledgeId } });
  if (slugs.length)
    await tx.pledgeCondition.createMany({
      data: slugs.map((conditionSlug) => ({ pledgeId, conditionSlug })),
    });
}

export async function createPledge(
  user: SessionUser | null,
  input: PledgeInput & { published: boolean },
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  const id = review.id ?? `p-${randomBytes(6).toString("hex")}`;
  const coalition = await db.coalition.findFirst({
    select: { slug: true },
    orderBy: { slug: "asc" },
  });
  return applyChange(db, {
    user,
    permission: input.published ? "data:publish" : "data:write",
    type: "Pledge",
    id,
    action: "CREATE",
    expectedVersion: null,
    justification,
    replay: { kind: "pledge.create", payload: input },
    review,
    write: async (tx) => {
      const slugs = await checkReferences(tx, input);
      if (!coalition)
        refuse({
          ok: false,
          status: 400,
          message: "There is no coalition to attach the pledge to.",
        });
      await tx.pledge.create({
        data: { id, coalitionSlug: coalition.slug, ...columns(input), published: input.published },
      });
      await setConditions(tx, id, slugs);
      return 1;
    },
  });
}

export async function updatePledge(
  user: SessionUser | null,
  id: string,
  expectedVersion: number,
  input: PledgeInput,
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  return applyChange(db, {
    user,
    permission: "data:write",
    type: "Pledge",
    id,
    action: "UPDATE",
    expectedVersion,
    justification,
    replay: { kind: "pledge.update", payload: input },
    review,
    write: async (tx) => {
      const slugs = await checkReferences(tx, input);
      const { count } = await tx.pledge.updateMany({
        where: { id, version: expectedVersion },
        data: { ...columns(input), version: { increment: 1 } },
      });
      if (count) await setConditions(tx, id, slugs);
      return count;
    },
  });
}

/** Publishes a draft: from then on the public sees it. */
export async function publishPledge(
  user: SessionUser | null,
  id: string,
  expectedVersion: number,
  justification: Justification,
  review: ReviewOptions = {},
) {
  return applyChange(db, {
    user,
    permission: "data:publish",
    type: "Pledge",
    id,
    action: "PUBLISH",
    expectedVersion,
    justification,
    replay: { kind: "pledge.publish", payload: {} },
    review,
    write: async (tx) =>
      (
        await tx.pledge.updateMany({
          where: { id, version: expectedVersion },
          data: { published: true, version: { increment: 1 } },
        })
      ).count,
  });
}

export async function deletePledge(
  user: SessionUser | null,
  id: string,
  expectedVersion: number,
  justification: Justification,
  review: ReviewOptions = {},
) {
  return applyChange(db, {
    user,
    permission: "data:publish",
    type: "Pledge",
    id,
    action: "DELETE",
    expectedVersion,
    justification,
    replay: { kind: "pledge.delete", payload: {} },
    review,
    write: async (tx) =>
      (await tx.pledge.deleteMany({ where: { id, version: expectedVersion } })).count,
  });
}
