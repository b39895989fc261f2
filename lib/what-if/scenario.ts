/**
 * A scenario in the address: `?met=us-backstop,signed-ceasefire` lists exactly the
 * conditions taken as met (`?met=` alone: none). Without `met` the scenario is the
 * recorded state. Browser and server read and write it the same way.
 */
export type ConditionChoice = { slug: string; name: string; met: boolean };

export type ParsedScenario = {
  /** The conditions taken as met. */
  met: Set<string>;
  /** True when the address gave no scenario: the recorded state is shown. */
  recorded: boolean;
  /** Slugs in the address that name no (published) condition. */
  unknown: string[];
};

/** Reads `met` as Next.js hands it over: absent, one value, or repeated (a plain form). */
export function parseScenario(
  value: string | string[] | undefined,
  conditions: { slug: string; met: boolean }[],
): ParsedScenario {
  const baseline = new Set(conditions.filter((c) => c.met).map((c) => c.slug));
  if (value === undefined) return { met: baseline, recorded: true, unknown: [] };
  const known = new Set(conditions.map((c) => c.slug));
  const given = scenarioSlugs(value);
  const met = new Set(given.filter((slug) => known.has(slug)));
  const unknown = [...new Set(given.filter((slug) => !known.has(slug)))].slice(0, 10);
  return { met, recorded: false, unknown };
}

/** The slugs a `met` value names, in the order given: comma lists, repeated or not, any case. */
export function scenarioSlugs(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

/** The sorted slugs of a scenario, or null when it is the recorded state (no `met` at all). */
export function scenarioMet(
  met: ReadonlySet<string>,
  baseline: ReadonlySet<string>,
): string[] | null {
  const same = met.size === baseline.size && [...met].every((s) => baseline.has(s));
  return same ? null : [...met].sort();
}

/** The address of a scenario, in the tidy comma form; the recorded state has none. */
export function scenarioHref(
  met: ReadonlySet<string>,
  baseline: ReadonlySet<string>,
  path = "/what-if",
): string {
  const slugs = scenarioMet(met, baseline);
  return slugs ? `${path}?met=${slugs.map(encodeURIComponent).join(",")}` : path;
}
