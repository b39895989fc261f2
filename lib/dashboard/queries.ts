import "server-only";
import { untilDataChanges } from "@/lib/data-version";
import { db } from "@/lib/db";
import type { ConditionStatus, PledgeDomain, PledgeStatus, Posture } from "@/lib/generated/prisma/enums";
import { citationSelect } from "@/lib/sources/select";
import { publishedWhere, type Visibility } from "@/lib/visibility";

/**
 * Everything the dashboard shows. Its counts run over every pledge, so the result is
 * kept until the data next changes (one primary-key read per request instead).
 */
export function getDashboard(visibility: Visibility = "public") {
  return untilDataChanges(`dashboard:${visibility}`, () => loadDashboard(visibility));
}

/** One round of parallel queries. */
async function loadDashboard(visibility: Visibility) {
  const published = publishedWhere(visibility);
  const [coalition, byDomain, byStatus, conditions, memberships, requirements, undisclosedPledges] =
    await Promise.all([
      db.coalition.findFirst({
        select: {
          slug: true,
          name: true,
          description: true,
          citations: citationSelect,
          figures: {
            select: { id: true, label: true, qualifier: true, value: true, unit: true, citations: citationSelect },
            orderBy: { sortOrder: "asc" },
          },
        },
      }),
      db.pledge.groupBy({ by: ["domain"], where: published, _count: { _all: true } }),
      db.pledge.groupBy({ by: ["status"], where: published, _count: { _all: true } }),
      db.condition.findMany({
        where: published,
        select: { slug: true, name: true, status: true, category: true, _count: { select: { pledges: { where: { pledge: published } } } } },
        orderBy: { sortOrder: "asc" },
      }),
      db.membership.findMany({
        where: published,
        select: { posture: true, isMember: true, country: { select: { code: true, name: true } } },
        orderBy: { country: { name: "asc" } },
      }),
      db.requirement.findMany({
        where: published,
        select: { id: true, domain: true, description: true, citations: citationSelect },
        orderBy: { id: "asc" },
      }),
      db.pledge.count({ where: { countryCode: null, ...published } }),
    ]);

  const pledgedDomains = new Map(byDomain.map((d) => [d.domain, d._count._all]));
  const postureGroups = new Map<Posture, { code: string; name: string; isMember: boolean }[]>();
  for (const m of memberships) {
    const list = postureGroups.get(m.posture) ?? [];
    list.push({ ...m.country, isMember: m.isMember });
    postureGroups.set(m.posture, list);
  }
  const readyFigure = coalition?.figures.find((f) => f.id === "ready-to-deploy");
  const leadersFigure = coalition?.figures.find((f) => f.id === "leaders-met");
  const namedReady = memberships.filter((m) => m.isMember && m.posture === "COMMITTED");
  const namedMembers = memberships.filter((m) => m.isMember);

  return {
    coalition,
    ready: readyFigure ? { total: Number(readyFigure.value), named: namedReady.map((m) => m.country) } : null,
    members: leadersFigure ? { total: Number(leadersFigure.value), named: namedMembers.length } : null,
    byDomain: byDomain.map((d) => ({ domain: d.domain as PledgeDomain, count: d._count._all })),
    byStatus: byStatus.map((s) => ({ status: s.status as PledgeStatus, count: s._count._all })),
    totalPledges: byDomain.reduce((sum, d) => sum + d._count._all, 0),
    undisclosedPledges,
    conditions: conditions.map((c) => ({ ...c, status: c.status as ConditionStatus })),
    postureGroups,
    requirements: requirements.map((r) => ({ ...r, pledged: pledgedDomains.get(r.domain) ?? 0 })),
  };
}
