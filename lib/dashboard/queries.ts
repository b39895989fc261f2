import "server-only";
import { countPledgesByDomainAndStatus, type DomainStatusCount } from "@/lib/charts/queries";
import { untilDataChanges } from "@/lib/data-version";
import { db } from "@/lib/db";
import type {
  ConditionStatus,
  PledgeDomain,
  PledgeStatus,
  Posture,
} from "@/lib/generated/prisma/enums";
import { citationSelect } from "@/lib/sources/select";
import { loadDatasetAt } from "@/lib/history/as-of";
import { publishedWhere, type ReadOptions, type Visibility } from "@/lib/visibility";
import { dashboardAt } from "./as-of";

/**
 * Everything the dashboard shows. Its counts run over every pledge, so the result is
 * kept until the data next changes (one primary-key read per request instead).
 */
export async function getDashboard({
  viewer = "public",
  at = null,
}: ReadOptions = {}): Promise<Dashboard> {
  if (at) return dashboardAt(await loadDatasetAt(at), viewer);
  return untilDataChanges(`dashboard:${viewer}`, () => loadDashboard(viewer));
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;

/** One round of parallel queries. */
async function loadDashboard(visibility: Visibility) {
  const published = publishedWhere(visibility);
  const [coalition, counts, conditions, memberships, requirements, undisclosedPledges] =
    await Promise.all([
      db.coalition.findFirst({
        select: {
          slug: true,
          name: true,
          description: true,
          citations: citationSelect,
          figures: {
            select: {
              id: true,
              label: true,
              qualifier: true,
              value: true,
              unit: true,
              citations: citationSelect,
            },
            orderBy: { sortOrder: "asc" },
          },
        },
      }),
      // One pass over the pledges, shared with the explorer's unfiltered chart.
      countPledgesByDomainAndStatus({}, visibility),
      db.condition.findMany({
        where: published,
        select: {
          slug: true,
          name: true,
          status: true,
          category: true,
          _count: { select: { pledges: { where: { pledge: published } } } },
        },
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

  const pledgedDomains = tally(counts, (c) => c.domain);
  const byStatus = tally(counts, (c) => c.status);
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
    ready: readyFigure
      ? { total: Number(readyFigure.value), named: namedReady.map((m) => m.country) }
      : null,
    members: leadersFigure
      ? { total: Number(leadersFigure.value), named: namedMembers.length }
      : null,
    byDomain: [...pledgedDomains].map(([domain, count]) => ({ domain, count })),
    byStatus: [...byStatus].map(([status, count]) => ({ status, count })),
    totalPledges: counts.reduce((sum, c) => sum + c.count, 0),
    undisclosedPledges,
    conditions: conditions.map((c) => ({ ...c, status: c.status as ConditionStatus })),
    postureGroups,
    requirements: requirements.map((r) => ({ ...r, pledged: pledgedDomains.get(r.domain) ?? 0 })),
  };
}

/** Domain-by-status counts summed along one of the two. */
function tally<K extends PledgeDomain | PledgeStatus>(
  counts: DomainStatusCount[],
  key: (c: DomainStatusCount) => K,
): Map<K, number> {
  const totals = new Map<K, number>();
  for (const c of counts) totals.set(key(c), (totals.get(key(c)) ?? 0) + c.count);
  return totals;
}
