/**
 * A release's changelog, from the audit log: what the public could see changed between
 * two cut-off points. Each fact's entries in the window are netted: published at the
 * end but not at the start is "added", the other way round "retracted" (a tombstone
 * keeping its label and the reason), published at both ends with a public field changed
 * is "changed". Drafts never count: a draft made and deleted in between leaves nothing.
 */
import type { Bump } from "./schema";

export type ChangeKind = "added" | "changed" | "retracted";

export type ChangelogItem = {
  kind: ChangeKind;
  type: string;
  id: string;
  label: string;
  /** Public fields that changed (changed only). */
  fields: string[];
  reason: string | null;
  citation: { sourceId: string; quote: string } | null;
  at: string;
};

export type AuditRow = {
  id: bigint;
  at: Date;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  citationSourceId: string | null;
  citationQuote: string | null;
};

type Snap = Record<string, unknown> | null;

/** Kinds of record a release holds (citations count through the facts they back). */
export const RELEASED_TYPES = [
  "Pledge",
  "Membership",
  "Condition",
  "Event",
  "Requirement",
  "HeadlineFigure",
  "Source",
  "Coalition",
  "Country",
];

/** Each kind of record in words (changelogs and feeds). */
export const TYPE_WORDS: Record<string, string> = {
  Pledge: "Pledge",
  Membership: "Posture",
  Condition: "Condition",
  Event: "Event",
  Requirement: "Capability need",
  HeadlineFigure: "Headline figure",
  Source: "Source",
  Coalition: "Coalition",
  Country: "Country",
};

/** Fields that say nothing to the public. */
const HIDDEN = new Set(["internalNote", "published", "version", "updatedAt", "createdAt"]);

export const isPublicState = (s: Snap) => !!s && s.published !== false;

/** A record's name in words, from its snapshot. */
export function labelOf(type: string, s: Snap, id: string): string {
  if (!s) return id;
  const pick = (k: string) => (typeof s[k] === "string" && s[k] ? String(s[k]) : null);
  if (type === "Membership") return `${pick("countryCode") ?? "?"}: posture`;
  return pick("title") ?? pick("name") ?? pick("label") ?? pick("description") ?? id;
}

export function publicFieldChanges(before: Snap, after: Snap): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter(
      (k) =>
        !HIDDEN.has(k) &&
        JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null),
    )
    .sort();
}

export function buildChangelog(rows: AuditRow[]): ChangelogItem[] {
  const byEntity = new Map<string, AuditRow[]>();
  for (const r of rows) {
    if (!RELEASED_TYPES.includes(r.entityType)) continue;
    const key = `${r.entityType}\u0000${r.entityId}`;
    byEntity.set(key, [...(byEntity.get(key) ?? []), r]);
  }
  const items: ChangelogItem[] = [];
  for (const entries of byEntity.values()) {
    entries.sort((a, b) => (a.id < b.id ? -1 : 1));
    const first = entries[0]!;
    const last = entries.at(-1)!;
    const start = first.before as Snap;
    const end = last.after as Snap;
    const was = isPublicState(start);
    const is = isPublicState(end);
    if (!was && !is) continue;
    const kind: ChangeKind = !was ? "added" : !is ? "retracted" : "changed";
    const fields = kind === "changed" ? publicFieldChanges(start, end) : [];
    if (kind === "changed" && fields.length === 0) continue;
    // The entry that made the difference: the last one that left the record public (or took it away).
    const decisive =
      kind === "retracted"
        ? ([...entries]
            .reverse()
            .find((e) => isPublicState(e.before as Snap) && !isPublicState(e.after as Snap)) ??
          last)
        : last;
    items.push({
      kind,
      type: first.entityType,
      id: first.entityId,
      label: labelOf(first.entityType, kind === "retracted" ? start : end, first.entityId),
      fields,
      reason: decisive.reason,
      citation: decisive.citationSourceId
        ? { sourceId: decisive.citationSourceId, quote: decisive.citationQuote ?? "" }
        : null,
      at: decisive.at.toISOString(),
    });
  }
  const order: Record<ChangeKind, number> = { added: 0, changed: 1, retracted: 2 };
  return items.sort(
    (a, b) =>
      order[a.kind] - order[b.kind] ||
      a.type.localeCompare(b.type) ||
      a.label.localeCompare(b.label),
  );
}

/** The smallest release a changelog needs: facts added, minor; otherwise patch; none, null. */
export function neededBump(items: ChangelogItem[], schemaChanged: boolean): Bump | null {
  if (schemaChanged) return "major";
  if (items.some((i) => i.kind === "added")) return "minor";
  return items.length ? "patch" : null;
}

export const countKinds = (items: ChangelogItem[]) => ({
  added: items.filter((i) => i.kind === "added").length,
  changed: items.filter((i) => i.kind === "changed").length,
  retracted: items.filter((i) => i.kind === "retracted").length,
});
