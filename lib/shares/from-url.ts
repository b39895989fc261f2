import { scenarioSlugs } from "@/lib/what-if/scenario";
import { loadExplorerParams } from "@/lib/pledges/explorer-params";
import { describeFilters, type FilterNames } from "@/lib/pledges/filter-words";
import { shareParamsSchema, type ShareParams } from "./schema";

/** The view a /shares/new?scope=...&... address asks to share, or null if it makes no sense. */
export function shareParamsFromQuery(
  q: Record<string, string | string[] | undefined>,
): ShareParams | null {
  const one = (k: string) => (typeof q[k] === "string" ? (q[k] as string) : undefined);
  const scope = one("scope");
  const filters = Object.fromEntries(
    [
      "domain",
      "status",
      "disclosure",
      "condition",
      "country",
      "blocked",
      "q",
      "from",
      "to",
    ].flatMap((k) => (one(k) ? [[k, one(k)]] : [])),
  );
  const candidate =
    scope === "COUNTRY"
      ? { scope, code: one("code")?.toUpperCase() }
      : scope === "CONDITION"
        ? { scope, slug: one("slug") }
        : scope === "PLEDGES"
          ? { scope, filters }
          : scope === "DASHBOARD"
            ? { scope }
            : scope === "WHAT_IF"
              ? { scope, met: metList(one("met")) }
              : null;
  const parsed = shareParamsSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** `met=a,b` as the what-if page writes it: absent stays absent (the recorded state). */
function metList(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : [...new Set(scenarioSlugs(value))].sort();
}

/** What a link shows, in words: "Germany", "Pledges — Domain: Air or Maritime; Waits on: US backstop". */
export function describeShare(p: ShareParams, names: FilterNames): string {
  if (p.scope === "DASHBOARD") return "The dashboard";
  if (p.scope === "COUNTRY") return names.countries.get(p.code) ?? `Country ${p.code}`;
  if (p.scope === "CONDITION") return names.conditions.get(p.slug) ?? "A condition";
  if (p.scope === "WHAT_IF") return describeScenario(p.met, names);
  const words = describeSharedFilters(p.filters, names);
  return words ? `Pledges — ${words}` : "All pledges";
}

/** A shared pledge list's filters in words ("" for none), read as the explorer reads them. */
export function describeSharedFilters(
  filters: Record<string, string | undefined>,
  names: FilterNames,
): string {
  return describeFilters(loadExplorerParams(filters), names);
}

/** A shared what-if scenario in words: "What if: US backstop, Signed ceasefire met". */
export function describeScenario(
  met: string[] | undefined,
  names: Pick<FilterNames, "conditions">,
): string {
  if (!met) return "What if: the recorded state";
  if (met.length === 0) return "What if: no condition met";
  return `What if: ${met.map((s) => names.conditions.get(s) ?? s).join(", ")} met`;
}
