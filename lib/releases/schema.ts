import { z } from "zod";
import { safeString } from "@/lib/security/safe-text";

/** A release number: MAJOR.MINOR.PATCH, no leading zeros, no pre-release tags. */
export const VERSION_PATTERN = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

export const versionSchema = z.string().trim().regex(VERSION_PATTERN, {
  message: "A release number is MAJOR.MINOR.PATCH, e.g. 1.2.0 (whole numbers, no leading zeros).",
});

export const publishReleaseSchema = z.object({
  version: versionSchema,
  note: safeString()
    .trim()
    .min(3, { message: "Say in a few words what this release is (at least 3 characters)." })
    .max(500, { message: "At most 500 characters: a short note." }),
});

export type PublishReleaseInput = z.infer<typeof publishReleaseSchema>;

export type SemVer = { major: number; minor: number; patch: number };
export type Bump = "major" | "minor" | "patch";

export function parseVersion(version: string): SemVer | null {
  const m = VERSION_PATTERN.exec(version);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : null;
}

export const formatVersion = (v: SemVer) => `${v.major}.${v.minor}.${v.patch}`;

export function compareVersions(a: SemVer, b: SemVer) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export function bumpVersion(v: SemVer | null, bump: Bump): SemVer {
  if (!v) return { major: 1, minor: 0, patch: 0 };
  if (bump === "major") return { major: v.major + 1, minor: 0, patch: 0 };
  if (bump === "minor") return { major: v.major, minor: v.minor + 1, patch: 0 };
  return { major: v.major, minor: v.minor, patch: v.patch + 1 };
}

/** Which part of the number changed from `from` to `to` (to > from). */
export function bumpOf(from: SemVer, to: SemVer): Bump {
  if (to.major !== from.major) return "major";
  if (to.minor !== from.minor) return "minor";
  return "patch";
}

const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };
export const atLeast = (chosen: Bump, needed: Bump) => RANK[chosen] >= RANK[needed];

/** What each kind of release means, in the words the publish form uses. */
export const BUMP_WORDS: Record<Bump, string> = {
  major: "a change to the files' fields (schema)",
  minor: "facts added",
  patch: "corrections and retractions only",
};
