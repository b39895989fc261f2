import "server-only";
import { db } from "@/lib/db";
import type { Posture } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import type { Justification } from "@/lib/changes/justification-schema";
import type { ReviewOptions } from "@/lib/changes/review";
import { applyChange, refuse, type MutationResult } from "@/lib/entities";
import type { PostureInput } from "./schema";
import { COUNTRY_CODE } from "@/lib/codes";

function columns(input: PostureInput) {
  return {
    posture: input.posture as Posture,
    isMember: input.isMember,
    summary: input.summary,
    conditionsInOwnWords: input.conditionsInOwnWords || null,
    internalNote: input.internalNote || null,
  };
}

/**
 * Sets a country's posture: creates its membership on first use, updates it after
 * (a stale `expectedVersion` is refused like any other save).
 */
export async function setPosture(
  user: SessionUser | null,
  countryCode: string,
  expectedVersion: number | null,
  input: PostureInput,
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  if (!COUNTRY_CODE.test(countryCode))
    return { ok: false, status: 404, message: "No such country is recorded." };
  const coalition = await db.coalition.findFirst({
    select: { slug: true },
    orderBy: { slug: "asc" },
  });
  const existing = coalition
    ? await db.membership.findUnique({
        where: { coalitionSlug_countryCode: { coalitionSlug: coalition.slug, countryCode } },
        select: { id: true },
      })
    : null;
  const id = existing?.id ?? `m-${countryCode.toLowerCase()}`;
  const replay = { kind: "membership.set", payload: { countryCode, input } };
  if (expectedVersion === null) {
    return applyChange(db, {
      user,
      permission: "data:write",
      type: "Membership",
      id,
      action: "CREATE",
      expectedVersion: null,
      justification,
      replay,
      review,
      write: async (tx) => {
        if (!coalition) refuse({ ok: false, status: 400, message: "There is no coalition." });
        if (
          !(await tx.country.findUnique({ where: { code: countryCode }, select: { code: true } }))
        ) {
          refuse({ ok: false, status: 404, message: "No such country is recorded." });
        }
        await tx.membership.create({
          data: { id, coalitionSlug: coalition.slug, countryCode, ...columns(input) },
        });
        return 1;
      },
    });
  }
  return applyChange(db, {
    user,
    permission: "data:write",
    type: "Membership",
    id,
    action: "UPDATE",
    expectedVersion,
    justification,
    replay,
    review,
    write: async (tx) =>
      (
        await tx.membership.updateMany({
          where: { id, version: expectedVersion },
          data: { ...columns(input), version: { increment: 1 } },
        })
      ).count,
  });
}
