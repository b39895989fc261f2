/**
 * How synthetic data announces itself. Every generated record carries one of these
 * labels, so nobody can take a demo figure for a real one, and so the generator can
 * tell a database of its own from one that holds the real dataset.
 */
import type { Actor } from "../../lib/changes/audit";

/** Source titles and the coalition's name start with this. */
export const TITLE_PREFIX = "SYNTHETIC — ";
/** Summaries, descriptions, evidence, event titles and audit reasons start with this. */
export const TAG = "[synthetic]";

export { SYNTHETIC_COALITION_SLUG as COALITION_SLUG } from "../../lib/labels";

/** Where the generator writes unless SYNTHETIC_DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE = "guarantor_synthetic";

export const SYNTHETIC_ACTOR: Actor = {
  id: null,
  name: "Guarantor synthetic data generator",
  email: null,
};

/** The first line of every synthetic source text. */
export const BANNER =
  "SYNTHETIC TEXT. Guarantor's synthetic data generator wrote this for demos and benchmarks; it describes no real event, statement or commitment.";

export const tagged = (text: string) => `${TAG} ${text}`;
export const titled = (text: string) => `${TITLE_PREFIX}${text}`;
