/**
 * The what-if arithmetic: given the published pledges (grouped by what they wait on)
 * and a set of conditions taken as met, which pledges are free to go ahead. A pledge
 * is free when every condition it waits on is met; pledges that wait on nothing are
 * always free. Pure and import-free of the server, so the browser reruns it on every
 * toggle and the server renders the same answer without JavaScript.
 */
import type { PledgeDomain } from "@/lib/generated/prisma/enums";
import { gapOf, type Gap, type QuantityByUnit } from "@/lib/capability/gap";

/** Published, not-withdrawn pledges alike in domain, country, unit and conditions. */
export type PledgeGroup = {
  domain: PledgeDomain;
  /** null: the source names no country. */
  country: string | null;
  unit: string | null;
  /** The slugs of the (published) conditions these pledges wait on, sorted. */
  conditions: string[];
  pledges: number;
  /** How many of them state a quantity, and its sum. */
  sized: number;
  quantity: number;
};

export type Need = { domain: PledgeDomain; quantity: number | null; unit: string | null };

export type Tally = {
  key: string;
  pledges: number;
  freeNow: number;
  freeThen: number;
  unblocked: number;
  blocked: number;
};

export type CapabilityShift = {
  domain: PledgeDomain;
  now: Gap;
  then: Gap;
  freeNow: number;
  freeThen: number;
};

export type Outcome = {
  total: Tally;
  byDomain: Tally[];
  /** Keyed by country code, "" for pledges whose country is not named. */
  byCountry: Tally[];
  /** Domains with a recorded need, with their gap counting free pledges only. */
  capability: CapabilityShift[];
};

/** A pledge group is free when every condition it waits on is in `met`. */
export function isFree(group: Pick<PledgeGroup, "conditions">, met: ReadonlySet<string>): boolean {
  return group.conditions.every((slug) => met.has(slug));
}

function emptyTally(key: string): Tally {
  return { key, pledges: 0, freeNow: 0, freeThen: 0, unblocked: 0, blocked: 0 };
}

function add(t: Tally, g: PledgeGroup, now: boolean, then: boolean) {
  t.pledges += g.pledges;
  if (now) t.freeNow += g.pledges;
  if (then) t.freeThen += g.pledges;
  if (!now && then) t.unblocked += g.pledges;
  if (now && !then) t.blocked += g.pledges;
}

function tallyInto(
  map: Map<string, Tally>,
  key: string,
  g: PledgeGroup,
  now: boolean,
  then: boolean,
) {
  let t = map.get(key);
  if (!t) map.set(key, (t = emptyTally(key)));
  add(t, g, now, then);
}

/** Free pledges of one domain as the capability page counts them: per unit, and how many. */
function freeCapacity(groups: PledgeGroup[], met: ReadonlySet<string>) {
  const byUnit = new Map<string | null, QuantityByUnit>();
  let pledges = 0;
  for (const g of groups) {
    if (!isFree(g, met)) continue;
    pledges += g.pledges;
    if (!g.sized) continue;
    const u = byUnit.get(g.unit) ?? { unit: g.unit, quantity: 0, pledges: 0 };
    u.quantity += g.quantity;
    u.pledges += g.sized;
    byUnit.set(g.unit, u);
  }
  return { pledges, pledged: [...byUnit.values()] };
}

/**
 * Compares the recorded state (`baseline`: the conditions recorded as met) with a
 * scenario (`scenario`: the conditions taken as met).
 */
export function evaluate(
  groups: PledgeGroup[],
  needs: Need[],
  baseline: ReadonlySet<string>,
  scenario: ReadonlySet<string>,
): Outcome {
  const total = emptyTally("all");
  const domains = new Map<string, Tally>();
  const countries = new Map<string, Tally>();
  for (const g of groups) {
    const now = isFree(g, baseline);
    const then = isFree(g, scenario);
    add(total, g, now, then);
    tallyInto(domains, g.domain, g, now, then);
    tallyInto(countries, g.country ?? "", g, now, then);
  }
  const needed = [...new Set(needs.map((n) => n.domain))];
  const capability = needed.map((domain): CapabilityShift => {
    const reqs = needs.filter((n) => n.domain === domain);
    const inDomain = groups.filter((g) => g.domain === domain);
    const now = freeCapacity(inDomain, baseline);
    const then = freeCapacity(inDomain, scenario);
    return {
      domain,
      now: gapOf(reqs, now.pledges, now.pledged),
      then: gapOf(reqs, then.pledges, then.pledged),
      freeNow: now.pledges,
      freeThen: then.pledges,
    };
  });
  const byChange = (a: Tally, b: Tally) =>
    b.unblocked + b.blocked - (a.unblocked + a.blocked) || b.pledges - a.pledges;
  return {
    total,
    byDomain: [...domains.values()].sort(byChange),
    byCountry: [...countries.values()].sort(byChange),
    capability,
  };
}
