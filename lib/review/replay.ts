import "server-only";
/**
 * The mutations a held change can be run again through, by the `kind` its mutation gave
 * the gateway. Approving calls the same mutation with the same input: its own checks
 * (references, citation, version) run again, and the gateway marks the proposal approved
 * in the same transaction as the write.
 */
import type { SessionUser } from "@/lib/auth/permissions";
import { createCondition, updateCondition } from "@/lib/conditions/mutations";
import { createEvent, deleteEvent, updateEvent } from "@/lib/events/mutations";
import { updateFigure } from "@/lib/figures/mutations";
import type { Justification } from "@/lib/changes/justification-schema";
import type { ReviewOptions } from "@/lib/changes/review";
import type { MutationResult } from "@/lib/changes/write";
import { setPosture } from "@/lib/postures/mutations";
import { createPledge, deletePledge, publishPledge, updatePledge } from "@/lib/pledges/mutations";
import { createProvision, updateProvision } from "@/lib/provisions/mutations";
import { createRequirement, updateRequirement } from "@/lib/requirements/mutations";

export type HeldRow = {
  entityId: string;
  expectedVersion: number | null;
  payload: unknown;
  justification: unknown;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads were validated by the entity's schema when proposed
type Any = any;
type Handler = (
  user: SessionUser,
  row: HeldRow,
  j: Justification,
  review: ReviewOptions,
) => Promise<MutationResult>;

const v = (row: HeldRow) => row.expectedVersion ?? 0;
const p = (row: HeldRow) => row.payload as Any;

const HANDLERS: Record<string, Handler> = {
  "pledge.create": (u, r, j, o) => createPledge(u, p(r), j, { ...o, id: r.entityId }),
  "pledge.update": (u, r, j, o) => updatePledge(u, r.entityId, v(r), p(r), j, o),
  "pledge.publish": (u, r, j, o) => publishPledge(u, r.entityId, v(r), j, o),
  "pledge.delete": (u, r, j, o) => deletePledge(u, r.entityId, v(r), j, o),
  "event.create": (u, r, j, o) => createEvent(u, p(r), j, { ...o, id: r.entityId }),
  "event.update": (u, r, j, o) => updateEvent(u, r.entityId, v(r), p(r), j, o),
  "event.delete": (u, r, j, o) => deleteEvent(u, r.entityId, v(r), j, o),
  "condition.create": (u, r, j, o) => createCondition(u, p(r), j, o),
  "condition.update": (u, r, j, o) => updateCondition(u, r.entityId, v(r), p(r), j, o),
  "requirement.create": (u, r, j, o) => createRequirement(u, p(r), j, { ...o, id: r.entityId }),
  "requirement.update": (u, r, j, o) => updateRequirement(u, r.entityId, v(r), p(r), j, o),
  "figure.update": (u, r, j, o) => updateFigure(u, r.entityId, v(r), p(r), j, o),
  "membership.set": (u, r, j, o) =>
    setPosture(u, p(r).countryCode, r.expectedVersion, p(r).input, j, o),
  "provision.create": (u, r, j, o) =>
    createProvision(u, p(r).frameworkSlug, p(r).input, j, { ...o, id: r.entityId }),
  "provision.update": (u, r, j, o) => updateProvision(u, r.entityId, v(r), p(r), j, o),
};

export function replayHandler(kind: string): Handler | null {
  return Object.hasOwn(HANDLERS, kind) ? (HANDLERS[kind] ?? null) : null;
}
