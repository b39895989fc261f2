/**
 * A pledge view's filters in words, the one way people read them: the explorer's
 * chips, share-link subtitles and the XLSX About sheet all say "Domain: Air or
 * Maritime; Waits on: US backstop", never `domain=AIR,MARITIME, condition=us-backstop`.
 * Shared by server and client: no server-only imports here.
 */
import { DISCLOSURES, DOMAINS, PLEDGE_STATUSES } from "@/lib/labels";
import type { ExplorerState } from "@/lib/pledges/explorer-params";

/** Country and condition names by code and slug (an unknown one is shown as typed). */
export type FilterNames = { countries: Map<string, string>; conditions: Map<string, string> };

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

export function filterPhrases(state: ExplorerState, names: FilterNames): FilterPhrase[] {
  const list = (param: ListKey, label: (v: string) => string): FilterPhrase[] =>
    (state[param] as string[]).map((value) => ({ param, value, label: label(value) }));
  const single = (param: keyof ExplorerState, label: string | null, value: string | null = null): FilterPhrase[] =>
    label ? [{ param, value, label }] : [];
  return [
    ...list("country", (v) => (v === "undisclosed" ? "not named" : (names.countries.get(v) ?? v))),
    ...list("domain", (v) => DOMAINS[v as keyof typeof DOMAINS].label),
    ...list("status", (v) => PLEDGE_STATUSES[v as keyof typeof PLEDGE_STATUSES].label),
    ...list("disclosure", (v) => DISCLOSURES[v as keyof typeof DISCLOSURES].label),
    ...list("condition", (v) => names.conditions.get(v) ?? v),
    ...single(
      "blocked",
      state.blocked ? (state.condition.length ? "Blocked by it (not met)" : "Blocked by an unmet condition") : null,
    ),
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

/** "Domain: Air or Maritime; Waits on: US backstop; Blocked by it (not met)", or "" with no filter. */
export function describeFilters(state: ExplorerState, names: FilterNames): string {
  const phrases = filterPhrases(state, names);
  const grouped = Object.entries(GROUPS).flatMap(([param, group]) => {
    const labels = phrases.filter((p) => p.param === param).map((p) => p.label);
    return labels.length ? [`${group}: ${labels.join(" or ")}`] : [];
  });
  const single = phrases.filter((p) => !(p.param in GROUPS)).map((p) => p.label);
  return [...grouped, ...single].join("; ");
}
