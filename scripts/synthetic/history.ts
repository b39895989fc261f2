/**
 * Audit history for synthetic records, in the format the app writes (lib/changes):
 * the whole record as JSON in `after`, a CREATE first and an UPDATE for each later
 * state, each UPDATE carrying the state before it.
 */
import { auditData } from "../../lib/changes/audit";
import type { AuditRow } from "../../lib/changes/creation";
import { toJson, type EntityType, type Snapshot } from "../../lib/changes/snapshot";
import { creationEntry, idOf } from "../../lib/entities";
import { SYNTHETIC_ACTOR, tagged } from "./labels";
import type { Cite } from "./sources";

export type State = { snapshot: Snapshot; at: Date; citation?: Cite | null; reason?: string };

export type { AuditRow };

/** A record as history keeps it: its columns, plus link lists for pledges and events. */
export const snapshotOf = (row: object, links: Snapshot = {}): Snapshot => ({
  ...toJson(row as Record<string, unknown>),
  ...links,
});

export function historyOf(type: EntityType, states: State[]): AuditRow[] {
  return states.map((s, i) => {
    const note = {
      actor: SYNTHETIC_ACTOR,
      at: s.at,
      reason: s.reason ?? tagged(i === 0 ? "generated" : "changed by a later synthetic report"),
      citation: s.citation ? { sourceId: s.citation.sourceId, quote: s.citation.quote } : null,
    };
    if (i === 0) return creationEntry(type, s.snapshot, note);
    return auditData({
      ...note,
      action: "UPDATE",
      type,
      id: idOf(type, s.snapshot),
      before: states[i - 1]!.snapshot,
      after: s.snapshot,
    });
  });
}

/** A record that never changed: one CREATE. */
export const created = (type: EntityType, row: object, at: Date, links?: Snapshot) =>
  historyOf(type, [{ snapshot: snapshotOf(row, links), at }]);
