/**
 * "Saved": after a save the editor lands on the record, and a short-lived cookie tells
 * that page (a client island, so public pages stay the same for everyone) to say so,
 * with a link to the record's history.
 */
export const SAVED_COOKIE = "guarantor-saved";

export type SavedNotice = { path: string; history: string | null };

/** The cookie's notice, if it is one this app wrote: same-site paths only. */
export function parseSavedNotice(value: string | undefined): SavedNotice | null {
  if (!value) return null;
  try {
    const { path, history } = JSON.parse(value) as Partial<SavedNotice>;
    const local = (p: unknown): p is string =>
      typeof p === "string" && /^\/(?![/\\])[^\s]*$/.test(p);
    if (!local(path)) return null;
    return { path, history: local(history) ? history : null };
  } catch {
    return null;
  }
}
