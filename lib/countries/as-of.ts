import "server-only";
/** A country's page as it stood at a past moment, rebuilt from history into the live read's shape. */
import { read } from "@/lib/fields";
import type { Posture } from "@/lib/generated/prisma/enums";
import { eventsAt } from "@/lib/events/as-of";
import { citationsOf, visible, type Dataset } from "@/lib/history/as-of";
import { DOMAINS, keysOf } from "@/lib/labels";
import { pledgeFromSnapshot, pledgeSnapshots } from "@/lib/pledges/as-of";
import type { Visibility } from "@/lib/visibility";
import { COUNTRY_PLEDGES_PER_DOMAIN, type CountryDetail } from "./queries";

export function countryAt(ds: Dataset, code: string, visibility: Visibility): CountryDetail | null {
  const c = ds.Country.get(code.toUpperCase());
  if (!c) return null;
  const memberships = [...ds.Membership.values()]
    .filter((m) => m.countryCode === c.code && visible(m, visibility))
    .map((m) => ({
      id: String(m.id),
      isMember: m.isMember === true,
      posture: m.posture as Posture,
      summary: String(m.summary),
      conditionsInOwnWords: read.optionalText(m.conditionsInOwnWords),
      published: read.published(m.published),
      version: read.version(m.version),
      internalNote: visibility === "internal" ? read.optionalText(m.internalNote) : null,
      citations: citationsOf(ds, "membershipId", String(m.id)),
    }));
  const own = pledgeSnapshots(ds, visibility).filter((p) => p.countryCode === c.code);
  // The database's order: domains as declared (the enum's order), then id.
  const domainOrder = keysOf(DOMAINS);
  const views = own
    .map((p) => pledgeFromSnapshot(ds, p, visibility))
    .sort(
      (a, b) =>
        domainOrder.indexOf(a.domain) - domainOrder.indexOf(b.domain) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const domains = domainOrder.flatMap((domain) => {
    const count = views.filter((p) => p.domain === domain).length;
    return count ? [{ domain, count }] : [];
  });
  return {
    code: String(c.code),
    alpha3: String(c.alpha3),
    name: String(c.name),
    region: String(c.region),
    euMember: c.euMember === true,
    natoMember: c.natoMember === true,
    memberships,
    // As the live read: the first few of each domain.
    pledges: domains.flatMap(({ domain }) =>
      views.filter((p) => p.domain === domain).slice(0, COUNTRY_PLEDGES_PER_DOMAIN),
    ),
    _count: { pledges: own.length },
    domains,
    blocking: [...ds.Condition.values()]
      .filter((c) => visible(c, visibility) && c.status !== "MET")
      .sort((a, b) => Number(a.sortOrder) - Number(b.sortOrder))
      .filter((c) => views.some((p) => p.conditions.some((x) => x.condition.slug === c.slug)))
      .map((c) => ({ slug: String(c.slug), name: String(c.name) })),
    events: eventsAt(ds, visibility)
      .filter((e) => e.countries.some((x) => x.country.code === c.code))
      .map((event) => ({ event })),
  };
}
