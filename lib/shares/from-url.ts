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
            : null;
  const parsed = shareParamsSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** What a link shows, in words: "Germany", "Pledges — Domain: Air or Maritime; Waits on: US backstop". */
export function describeShare(p: ShareParams, names: FilterNames): string {
  if (p.scope === "DASHBOARD") return "The dashboard";
  if (p.scope === "COUNTRY") return names.countries.get(p.code) ?? `Country ${p.code}`;
  if (p.scope === "CONDITION") return names.conditions.get(p.slug) ?? "A condition";
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
