/** The rows a synthetic world is made of, and the helpers its builders share. */
import { Prisma } from "../../lib/generated/prisma/client";
import type { PledgeDomain } from "../../lib/generated/prisma/enums";
import { citationsOf, type CitationRow } from "./citations";
import type { AuditRow } from "./history";
import type { Cite, SourceBook } from "./sources";
import { DOMAIN_SCALES } from "./vocabulary";

/** The source that states the coalition's figures, conditions and needs. */
export const FRAMEWORK = "syn-framework";

export const ALL_DOMAINS = Object.keys(DOMAIN_SCALES) as PledgeDomain[];

export const dec = (n: number) => new Prisma.Decimal(n);
export const fmt = (n: number) => n.toLocaleString("en");

/** Says how much a pledge or requirement is, in the words its source uses. */
export function amountText(domain: PledgeDomain, value: number): string {
  const scale = DOMAIN_SCALES[domain];
  return scale.money ? `EUR ${fmt(value)}` : `${fmt(value)} ${scale.unit}`;
}

export function emptyTables() {
  return {
    sources: [] as ReturnType<SourceBook["rows"]>,
    countries: [] as Required<Prisma.CountryCreateManyInput>[],
    coalition: [] as Required<Prisma.CoalitionCreateManyInput>[],
    figures: [] as Required<Prisma.HeadlineFigureCreateManyInput>[],
    memberships: [] as Required<Prisma.MembershipCreateManyInput>[],
    conditions: [] as Required<Prisma.ConditionCreateManyInput>[],
    requirements: [] as Required<Prisma.RequirementCreateManyInput>[],
    events: [] as Required<Prisma.EventCreateManyInput>[],
    eventCountries: [] as Prisma.EventCountryCreateManyInput[],
    eventConditions: [] as Prisma.EventConditionCreateManyInput[],
    citations: [] as CitationRow[],
    audit: [] as AuditRow[],
  };
}

export type Tables = ReturnType<typeof emptyTables>;

/** Records `cites` as the citations of one fact, with their history, into `t`. */
export type CiteFn = (
  fact: Parameters<typeof citationsOf>[0],
  id: string,
  cites: Cite[],
  at: Date,
) => void;

export function citeInto(t: Tables): CiteFn {
  return (fact, id, cites, at) => {
    const c = citationsOf(fact, `syn-c-${id}`, cites, at);
    t.citations.push(...c.rows);
    t.audit.push(...c.audit);
  };
}
