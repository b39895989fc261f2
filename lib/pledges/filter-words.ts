/**
 * A pledge view's filters in words, the one way people read them: the explorer's
 * chips, share-link subtitles and the XLSX About sheet all say "Domain: Air or
 * Maritime; Waits on: US backstop", never `domain=AIR,MARITIME, condition=us-backstop`.
 * Shared by server and client: no server-only imports here.
 */
import type { ConditionStatus } from "@/lib/generated/prisma/enums";
import { CONDITION_STATUSES, DISCLOSURES, DOMAINS, PLEDGE_STATUSES } from "@/lib/labels";
import type { ExplorerState } from "@/lib/pledges/explorer-params";

/**
 * Country and condition names by code and slug (an unknown one is shown as typed), and
 * conditions' statuses where known, so "blocked by it" can say the status the page shows.
 */
export type FilterNames = {
  countries: Map<string, string>;
  conditions: Map<string, string>;
  conditionStatuses?: Map<string, ConditionStatus>;
};

type ListKey = "country" | "domain" | "status" | "disclosure" | "condition";
/** One value of one filter: `value` is the list item (or the search words); null for the other single-valued filters. */
export type FilterPhrase = { param: keyof ExplorerState; value: string | null; label: string };

const GROUPS: Record<string, string> = {
  country: "Country",
  domain: "Domain",
  status: "Status",
  disclosure: "Disclosure",
  condition: "Waits on",
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * "Blocked" means waiting on a condition that is not met yet: not met, in progress or
 * breached. With one condition chosen the words name its own status ("Blocked by it (in
 * progress)"), never "not met" for one the page shows in progress.
 */
function blockedLabel(state: ExplorerState, names: FilterNames): string | null {
  if (!state.blocked) return null;
  if (!state.condition.length) return "Blocked by a condition not yet met";
  if (state.condition.length > 1) return "Blocked by one of them (not yet met)";
  const status = names.conditionStatuses?.get(state.condition[0]!);
  if (!status) return "Blocked by it (not yet met)";
  if (status === "MET") return "Blocked by it (met, so nothing is)";
  return `Blocked by it (${CONDITION_STATUSES[status].label.toLowerCase()})`;
}

export function filterPhrases(state: ExplorerState, names: FilterNames): FilterPhrase[] {
  const list = (param: ListKey, label: (v: string) => string): FilterPhrase[] =>
    (state[param] as string[]).map((value) => ({ param, value, label: label(value) }));
  const single = (
    param: keyof ExplorerState,
    label: string | null,
    value: string | null = null,
  ): FilterPhrase[] => (label ? [{ param, value, label }] : []);
  return [
    ...list("country", (v) => (v === "undisclosed" ? "not named" : (names.countries.get(v) ?? v))),
    ...list("domain", (v) => DOMAINS[v as keyof typeof DOMAINS].label),
    ...list("status", (v) => PLEDGE_STATUSES[v as keyof typeof PLEDGE_STATUSES].label),
    ...list("disclosure", (v) => DISCLOSURES[v as keyof typeof DISCLOSURES].label),
    ...list("condition", (v) => names.conditions.get(v) ?? v),
    ...single("blocked", blockedLabel(state, names)),
    ...single("q", state.q ? `Description contains “${state.q}”` : null, state.q),
    ...single("from", state.from ? `From ${day(state.from)}` : null),
    ...single("to", state.to ? `To ${day(state.to)}` : null),
  ];
}

/** A chip's text: a list value says which filter it belongs to where its label alone would not. */
export function chipLabel(p: FilterPhrase): string {
  if (p.param === "country" && p.value === "undisclosed") return "Country not named";
  if (p.param === "disclosure") return `${p.label} disclosure`;
  if (p.param === "condition") return `Waits on: ${p.label}`;
  if (p.param === "q") return `“${p.value}”`;
  return p.label;
}

/** "Domain: Air or Maritime; Waits on: US backstop; Blocked by it (in progress)", or "" with no filter. */
export function describeFilters(state: ExplorerState, names: FilterNames): string {
  const phrases = filterPhrases(state, names);
  const grouped = Object.entries(GROUPS).flatMap(([param, group]) => {
    const labels = phrases.filter((p) => p.param === param).map((p) => p.label);
    return labels.length ? [`${group}: ${labels.join(" or ")}`] : [];
  });
  const single = phrases.filter((p) => !(p.param in GROUPS)).map((p) => p.label);
  return [...grouped, ...single].join("; ");
}
