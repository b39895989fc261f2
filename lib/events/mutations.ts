import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { EventKind } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/permissions";
import { dateOrNull } from "@/lib/dates/schema";
import type { Justification } from "@/lib/changes/justification-schema";
import type { ReviewOptions } from "@/lib/changes/review";
import { applyChange, refuse, type MutationResult, type Tx } from "@/lib/entities";
import type { EventInput } from "./schema";

function columns(input: EventInput) {
  return {
    kind: input.kind as EventKind,
    title: input.title,
    summary: input.summary,
    occurredOn: dateOrNull(input.occurredOn),
    location: input.location || null,
    disputeNote: input.disputeNote || null,
    internalNote: input.internalNote || null,
  };
}

async function setLinks(tx: Tx, eventId: string, input: EventInput) {
  const codes = [...new Set(input.countryCodes)];
  const slugs = [...new Set(input.conditionSlugs)];
  if ((await tx.country.count({ where: { code: { in: codes } } })) !== codes.length) {
    refuse({
      ok: false,
      status: 400,
      message: "Check the highlighted fields.",
      fieldErrors: { countryCodes: ["One of the chosen countries is not recorded."] },
    });
  }
  if ((await tx.condition.count({ where: { slug: { in: slugs } } })) !== slugs.length) {
    refuse({
      ok: false,
      status: 400,
      message: "Check the highlighted fields.",
      fieldErrors: { conditionSlugs: ["One of the chosen conditions does not exist."] },
    });
  }
  await tx.eventCountry.deleteMany({ where: { eventId } });
  await tx.eventCondition.deleteMany({ where: { eventId } });
  await tx.eventCountry.createMany({
    data: codes.map((countryCode) => ({ eventId, countryCode })),
  });
  await tx.eventCondition.createMany({
    data: slugs.map((conditionSlug) => ({ eventId, conditionSlug })),
  });
}

export async function createEvent(
  user: SessionUser | null,
  input: EventInput & { published: boolean },
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  const id = review.id ?? `e-${randomBytes(6).toString("hex")}`;
  const last = await db.event.aggregate({ _max: { sequence: true } });
  return applyChange(db, {
    user,
    permission: input.published ? "data:publish" : "data:write",
    type: "Event",
    id,
    action: "CREATE",
    expectedVersion: null,
    justification,
    replay: { kind: "event.create", payload: input },
    review,
    write: async (tx) => {
      await tx.event.create({
        data: {
          id,
          ...columns(input),
          sequence: (last._max.sequence ?? 0) + 1,
          published: input.published,
        },
      });
      await setLinks(tx, id, input);
      return 1;
    },
  });
}

export async function updateEvent(
  user: SessionUser | null,
  id: string,
  expectedVersion: number,
  input: EventInput,
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  return applyChange(db, {
    user,
    permission: "data:write",
    type: "Event",
    id,
    action: "UPDATE",
    expectedVersion,
    justification,
    replay: { kind: "event.update", payload: input },
    review,
    write: async (tx) => {
      const { count } = await tx.event.updateMany({
        where: { id, version: expectedVersion },
        data: { ...columns(input), version: { increment: 1 } },
      });
      if (count) await setLinks(tx, id, input);
      return count;
    },
  });
}

/** Deletes an event (its links and citations go with it; history keeps every snapshot). */
export async function deleteEvent(
  user: SessionUser | null,
  id: string,
  expectedVersion: number,
  justification: Justification,
  review: ReviewOptions = {},
): Promise<MutationResult> {
  return applyChange(db, {
    user,
    permission: "data:publish",
    type: "Event",
    id,
    action: "DELETE",
    expectedVersion,
    justification,
    replay: { kind: "event.delete", payload: {} },
    review,
    write: async (tx) =>
      (await tx.event.deleteMany({ where: { id, version: expectedVersion } })).count,
  });
}
