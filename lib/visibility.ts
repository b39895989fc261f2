/**
 * Who is looking decides what exists. The public (and share links) see published
 * records only; signed-in users (analysts, editors, admins) also see drafts and
 * internal notes. Every query of a draftable model (Source, Membership, Pledge,
 * Condition, Event, Requirement) filters through `publishedWhere`.
 */
export type Visibility = "public" | "internal";

export function publishedWhere(visibility: Visibility): { published?: true } {
  return visibility === "internal" ? {} : { published: true };
}

/**
 * How each entity's read API (`getPledge(id, { viewer, at })`, `listPledges(filter, {
 * viewer, at })`, ...) is asked: who is looking (default the public) and at which moment
 * (absent or null: now; a past moment is rebuilt from the history).
 */
export type ReadOptions = ViewerOption & { at?: Date | null };

/** Reads with no past view (the lists and pages without an as-of view) are asked who is looking only. */
export type ViewerOption = { viewer?: Visibility };
