import "server-only";
/**
 * Loads exactly the data a share link shows, always as the public sees it (no drafts,
 * no internal notes, no editors' names). Frozen links are rebuilt from history as of
 * their creation; live links read the current data.
 */
import { getCondition } from "@/lib/conditions/queries";
import { getCountry } from "@/lib/countries/queries";
import { getDashboard } from "@/lib/dashboard/queries";
import { listEvents } from "@/lib/events/queries";
import { conditionAt, countryAt, dashboardAt, eventsAt, pledgesAt } from "@/lib/history/as-of";
import { datasetAt } from "@/lib/history/replay";
import { db } from "@/lib/db";
import { listPledges, type PledgeFilter } from "@/lib/pledges/queries";
import type { PledgeDomain, PledgeStatus, Disclosure } from "@/lib/generated/prisma/enums";
import type { ResolvedShare } from "./queries";

export async function loadSharedView(share: ResolvedShare) {
  const ds = share.frozenAt ? await datasetAt(db, share.frozenAt) : null;
  const p = share.params;
  switch (p.scope) {
    case "DASHBOARD": {
      const [d, events] = ds ? [dashboardAt(ds, "public"), eventsAt(ds, "public", 5)] : await Promise.all([getDashboard("public"), listEvents({ limit: 5 }, "public")]);
      return { scope: "DASHBOARD" as const, d, events };
    }
    case "COUNTRY":
      return { scope: "COUNTRY" as const, country: ds ? countryAt(ds, p.code, "public") : await getCountry(p.code, "public") };
    case "CONDITION":
      return { scope: "CONDITION" as const, condition: ds ? conditionAt(ds, p.slug, "public") : await getCondition(p.slug, "public") };
    case "PLEDGES": {
      const f = p.filters;
      const filter: PledgeFilter = {
        domain: (f.domain as PledgeDomain) ?? null,
        status: (f.status as PledgeStatus) ?? null,
        disclosure: (f.disclosure as Disclosure) ?? null,
        condition: f.condition ?? null,
        country: f.country ?? null,
        blocked: f.blocked === "1",
      };
      if (!ds) return { scope: "PLEDGES" as const, filters: f, pledges: await listPledges(filter, "public") };
      // Frozen lists: the pledges that matched then, each as it stood then.
      const pledges = pledgesAt(ds, "public")
        .filter((x) => (!filter.domain || x.domain === filter.domain) && (!filter.status || x.status === filter.status) && (!filter.disclosure || x.disclosure === filter.disclosure))
        .filter((x) => !filter.condition || x.conditions.some((c) => c.condition.slug === filter.condition))
        .filter((x) => !filter.country || (filter.country === "undisclosed" ? !x.country : x.country?.code === filter.country))
        .filter((x) => !filter.blocked || x.conditions.some((c) => c.condition.status !== "MET"));
      return { scope: "PLEDGES" as const, filters: f, pledges };
    }
  }
}

export type SharedView = Awaited<ReturnType<typeof loadSharedView>>;
