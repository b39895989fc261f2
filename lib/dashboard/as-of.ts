import "server-only";
/** The dashboard as it stood at a past moment, rebuilt from history into the live read's shape. */
import { read } from "@/lib/fields";
import type {
  ConditionCategory,
  ConditionStatus,
  PledgeDomain,
  PledgeStatus,
  Posture,
} from "@/lib/generated/prisma/enums";
import { citationsOf, countryRef, listOf, visible, type Dataset } from "@/lib/history/as-of";
import { pledgeSnapshots } from "@/lib/pledges/as-of";
import type { Visibility } from "@/lib/visibility";
import type { Dashboard } from "./queries";

export function dashboardAt(ds: Dataset, visibility: Visibility): Dashboard {
  const coalition = [...ds.Coalition.values()][0];
  const pledges = pledgeSnapshots(ds, visibility);
  const count = <K extends string>(key: string) => {
    const m = new Map<K, number>();
    for (const p of pledges) m.set(p[key] as K, (m.get(p[key] as K) ?? 0) + 1);
    return m;
  };
  const conditions = [...ds.Condition.values()]
    .filter((c) => visible(c, visibility))
    .sort((a, b) => Number(a.sortOrder) - Number(b.sortOrder));
  const memberships = [...ds.Membership.values()]
    .filter((m) => visible(m, visibility))
    .map((m) => ({
      posture: m.posture as Posture,
      isMember: m.isMember === true,
      country: countryRef(ds, m.countryCode)!,
    }))
    .filter((m) => m.country)
    .sort((a, b) => a.country.name.localeCompare(b.country.name));
  const figures = [...ds.HeadlineFigure.values()]
    .filter((f) => f.coalitionSlug === coalition?.slug)
    .sort((a, b) => Number(a.sortOrder) - Number(b.sortOrder))
    .map((f) => ({
      id: String(f.id),
      label: String(f.label),
      qualifier: read.optionalText(f.qualifier),
      value: read.decimal(f.value)!,
      unit: String(f.unit),
      citations: citationsOf(ds, "figureId", String(f.id)),
    }));
  const pledgedDomains = count<PledgeDomain>("domain");
  const postureGroups = new Map<Posture, { code: string; name: string; isMember: boolean }[]>();
  for (const m of memberships)
    postureGroups.set(m.posture, [
      ...(postureGroups.get(m.posture) ?? []),
      { ...m.country, isMember: m.isMember },
    ]);
  const ready = figures.find((f) => f.id === "ready-to-deploy");
  const leaders = figures.find((f) => f.id === "leaders-met");
  const named = memberships.filter((m) => m.isMember);
  return {
    coalition: coalition
      ? {
          slug: String(coalition.slug),
          name: String(coalition.name),
          description: String(coalition.description),
          citations: citationsOf(ds, "coalitionSlug", String(coalition.slug)),
          figures,
        }
      : null,
    ready: ready
      ? {
          total: Number(ready.value),
          named: named.filter((m) => m.posture === "COMMITTED").map((m) => m.country),
        }
      : null,
    members: leaders ? { total: Number(leaders.value), named: named.length } : null,
    byDomain: [...pledgedDomains].map(([domain, c]) => ({ domain, count: c })),
    byStatus: [...count<PledgeStatus>("status")].map(([status, c]) => ({ status, count: c })),
    totalPledges: pledges.length,
    undisclosedPledges: pledges.filter((p) => !p.countryCode).length,
    conditions: conditions.map((c) => ({
      slug: String(c.slug),
      name: String(c.name),
      status: c.status as ConditionStatus,
      category: c.category as ConditionCategory,
      _count: {
        pledges: pledges.filter((p) => listOf(p.conditionSlugs).includes(String(c.slug))).length,
      },
    })),
    postureGroups,
    requirements: [...ds.Requirement.values()]
      .filter((r) => visible(r, visibility))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)))
      .map((r) => ({
        id: String(r.id),
        domain: r.domain as PledgeDomain,
        description: String(r.description),
        citations: citationsOf(ds, "requirementId", String(r.id)),
        pledged: pledgedDomains.get(r.domain as PledgeDomain) ?? 0,
      })),
  };
}
