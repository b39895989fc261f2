/** What a change answers: the saved record's id and version, or why nothing was saved. */
import type { FieldChange } from "./diff";

export type MutationResult =
  | { ok: true; id: string; version: number }
  | {
      ok: false;
      status: 202 | 400 | 401 | 403 | 404 | 409 | 503;
      message: string;
      fieldErrors?: Record<string, string[]>;
      conflict?: { by: string; at: string; currentVersion: number; changes: FieldChange[] };
      /** When a quote is refused: the passage of the source most like it. */
      closestPassage?: string;
      /** Status 202: nothing changed yet, the change waits for a second editor (lib/changes/review.ts). */
      proposalId?: string;
    };

export type Refused = Extract<MutationResult, { ok: false }>;

/** The largest version a row can hold (a PostgreSQL integer). */
export const MAX_VERSION = 2_147_483_647;

/** Thrown inside a transaction to roll it back and answer with `result`. */
export class Refusal extends Error {
  constructor(readonly result: Refused) {
    super(result.message);
  }
}

export function refuse(result: Refused): never {
  throw new Refusal(result);
}
