import "server-only";
import { db } from "@/lib/db";
import type { ProvisionStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import type { Justification } from "@/lib/changes/justification-schema";
import type { ReviewOptions } from "@/lib/changes/review";
import { applyChange, refuse, type MutationResult, type Tx } from "@/lib/entities";
import { slugify } from "@/lib/codes";
import type { ProvisionInput } from "./schema";

function columns(input: ProvisionInput) {
  return {
    name: input.name,
    description: input.description,
    status: input.status as ProvisionStatus,
    internalNote: input.internalNote || null,
  };
}

async function setConditions(tx: Tx, provisionId: string, input: ProvisionInput) {
  const slugs = [...new Set(input.conditionSlugs)];
  if ((await tx.condition.count({ where: { slug: { in: slugs } } })) !== slugs.length) {
    refuse({
      ok: false,
      status: 400,
      message: "Check the highlighted fields.",
      fieldErrors: { conditionSlugs: ["One of the chosen conditions does not exist."] },
    });
  }
  await tx.provisionCondition.deleteMany({ where: { provisionId } });
  await tx.provisionCondition.createMany({
    data: slugs.map((conditionSlug) => ({ provisionId, conditionSlug })),
  });
}

export async function createProvision(
  user: SessionUser | null,
  frameworkSlug: string,
  input: ProvisionInput & { published: boolean },
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  const framework = await db.framework.findUnique({
    where: { slug: frameworkSlug },
    select: { slug: true },
  });
  if (!framework) return { ok: false, status: 404, message: "That framework does not exist." };
  const base = slugify(input.name) || "provision";
  const taken = review.id ? 0 : await db.provision.count({ where: { id: { startsWith: base } } });
  // An approved proposal is created under the id it was proposed with.
  const id = review.id ?? (taken ? `${base}-${taken + 1}` : base);
  const last = await db.provision.aggregate({
    where: { frameworkSlug },
    _max: { sortOrder: true },
  });
  return applyChange(db, {
    user,
    permission: input.published ? "data:publish" : "data:write",
    type: "Provision",
    id,
    action: "CREATE",
    expectedVersion: null,
    justification,
    replay: { kind: "provision.create", payload: { frameworkSlug, input } },
    review,
    write: async (tx) => {
      await tx.provision.create({
        data: {
          id,
          frameworkSlug,
          ...columns(input),
          published: input.published,
          sortOrder: (last._max.sortOrder ?? 0) + 1,
        },
      });
      await setConditions(tx, id, input);
      return 1;
    },
  });
}

/** A change of status is a change like any other: cited, versioned, in the history. */
export async function updateProvision(
  user: SessionUser | null,
  id: string,
  expectedVersion: number,
  input: ProvisionInput,
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  return applyChange(db, {
    user,
    permission: "data:write",
    type: "Provision",
    id,
    action: "UPDATE",
    expectedVersion,
    justification,
    replay: { kind: "provision.update", payload: input },
    review,
    write: async (tx) => {
      // How far a provision has got is the fact this room exists for: a new status needs
      // a quote that backs it, not only a reason.
      const current = await tx.provision.findUnique({ where: { id }, select: { status: true } });
      if (current && current.status !== input.status && !justification.quote) {
        refuse({
          ok: false,
          status: 400,
          message: "A change of status needs a citation.",
          fieldErrors: { quote: ["Paste the words from the source that back the new status."] },
        });
      }
      const count = (
        await tx.provision.updateMany({
          where: { id, version: expectedVersion },
          data: { ...columns(input), version: { increment: 1 } },
        })
      ).count;
      if (count) await setConditions(tx, id, input);
      return count;
    },
  });
}
