/**
 * What a pledge filter means, once: as a Prisma where for live reads, and as a test of one
 * pledge for reads rebuilt from history (`listPledges(filter, { at })`, frozen share links).
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Disclosure, PledgeDomain, PledgeStatus } from "@/lib/generated/prisma/enums";
import { publishedWhere, type Visibility } from "@/lib/visibility";
import type { PledgeView } from "./fields";

export type PledgeFilter = {
  country?: string | null;
  domain?: PledgeDomain | null;
  status?: PledgeStatus | null;
  disclosure?: Disclosure | null;
  condition?: string | null;
  /** Only pledges waiting on at least one condition that is not met. */
  blocked?: boolean;
  /** Any of these (ISO alpha-2, or "undisclosed" for no named country); empty = no filter. */
  countries?: string[];
  domains?: PledgeDomain[];
  statuses?: PledgeStatus[];
  disclosures?: Disclosure[];
  /** Words in the description, case-insensitive. */
  q?: string | null;
  /** announcedOn bounds, inclusive, as YYYY-MM-DD. */
  from?: string | null;
  to?: string | null;
  /** Waiting on any of these conditions (published ones, with a visibility). */
  conditions?: string[];
  /** Blocked by one of these conditions: waiting on it while it is not met. */
  blockedBy?: string[];
};

function countryWhere(codes: string[]): Prisma.PledgeWhereInput {
  const named = codes.filter((c) => c !== "undisclosed");
  const anonymous = named.length < codes.length;
  if (!anonymous) return { countryCode: { in: named } };
  return named.length
    ? { OR: [{ countryCode: { in: named } }, { countryCode: null }] }
    : { countryCode: null };
}

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

// Prisma passes `contains` to ILIKE as is: a typed % or _ must match itself.
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The one place a filter becomes a Prisma where. Every part is ANDed. With a
 * `visibility`, drafts are left out, and only published conditions count for
 * `condition` and `blocked`; without one, nothing is hidden (as before).
 */
export function pledgeWhere(f: PledgeFilter, visibility?: Visibility): Prisma.PledgeWhereInput {
  const visible = visibility ? publishedWhere(visibility) : {};
  const and: Prisma.PledgeWhereInput[] = [visible];
  if (f.country === "undisclosed") and.push({ countryCode: null });
  else if (f.country) and.push({ countryCode: f.country });
  if (f.countries?.length) and.push(countryWhere(f.countries));
  if (f.domain) and.push({ domain: f.domain });
  if (f.domains?.length) and.push({ domain: { in: f.domains } });
  if (f.status) and.push({ status: f.status });
  if (f.statuses?.length) and.push({ status: { in: f.statuses } });
  if (f.disclosure) and.push({ disclosure: f.disclosure });
  if (f.disclosures?.length) and.push({ disclosure: { in: f.disclosures } });
  if (f.condition)
    and.push({ conditions: { some: { conditionSlug: f.condition, condition: visible } } });
  if (f.blocked)
    and.push({ conditions: { some: { condition: { ...visible, status: { not: "MET" } } } } });
  if (f.conditions?.length)
    and.push({ conditions: { some: { conditionSlug: { in: f.conditions }, condition: visible } } });
  if (f.blockedBy?.length) {
    and.push({
      conditions: {
        some: {
          conditionSlug: { in: f.blockedBy },
          condition: { ...visible, status: { not: "MET" } },
        },
      },
    });
  }
  if (f.q) and.push({ description: { contains: likeLiteral(f.q), mode: "insensitive" } });
  if (f.from || f.to) {
    and.push({
      announcedOn: {
        ...(f.from ? { gte: utcDate(f.from) } : {}),
        ...(f.to ? { lte: utcDate(f.to) } : {}),
      },
    });
  }
  return { AND: and };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** pledgeWhere's meaning for one pledge already read (its conditions as the viewer may see them). */
export function matchesPledgeFilter(p: PledgeView, f: PledgeFilter): boolean {
  const any = <T>(list: T[] | undefined, value: T) => !list?.length || list.includes(value);
  const code = p.country?.code ?? "undisclosed";
  const slugs = p.conditions.map((c) => c.condition.slug);
  const unmet = p.conditions
    .filter((c) => c.condition.status !== "MET")
    .map((c) => c.condition.slug);
  const announced = day(p.announcedOn);
  return (
    (!f.country || f.country === code) &&
    any(f.countries, code) &&
    (!f.domain || f.domain === p.domain) &&
    any(f.domains, p.domain) &&
    (!f.status || f.status === p.status) &&
    any(f.statuses, p.status) &&
    (!f.disclosure || f.disclosure === p.disclosure) &&
    any(f.disclosures, p.disclosure) &&
    (!f.condition || slugs.includes(f.condition)) &&
    (!f.blocked || unmet.length > 0) &&
    (!f.conditions?.length || slugs.some((s) => f.conditions!.includes(s))) &&
    (!f.blockedBy?.length || unmet.some((s) => f.blockedBy!.includes(s))) &&
    (!f.q || p.description.toLowerCase().includes(f.q.toLowerCase())) &&
    (!f.from || (announced !== null && announced >= f.from)) &&
    (!f.to || (announced !== null && announced <= f.to))
  );
}
