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
import { conditionAt, countryAt, dashboardAt, eventsAt, loadDatasetAt, pledgesAt } from "@/lib/history/as-of";
import { loadExplorerParams, toPledgeFilter } from "@/lib/pledges/explorer-params";
import { listPledges } from "@/lib/pledges/queries";
import type { ResolvedShare } from "./queries";

export async function loadSharedView(share: ResolvedShare) {
  const ds = share.frozenAt ? await loadDatasetAt(share.frozenAt) : null;
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
      // The same reading of the URL as the explorer, so a shared list is the list the editor saw.
      const filter = toPledgeFilter(loadExplorerParams(p.filters as Record<string, string>));
      if (!ds) return { scope: "PLEDGES" as const, filters: p.filters, pledges: await listPledges(filter, "public") };
      // Frozen lists: the pledges that matched then, each as it stood then.
      const any = <T,>(list: T[] | undefined, value: T) => !list?.length || list.includes(value);
      const pledges = pledgesAt(ds, "public")
        .filter((x) => any(filter.domains, x.domain) && any(filter.statuses, x.status) && any(filter.disclosures, x.disclosure))
        .filter((x) => any(filter.countries, x.country?.code ?? "undisclosed"))
        .filter((x) => !filter.conditions?.length || x.conditions.some((c) => filter.conditions!.includes(c.condition.slug)))
        .filter((x) => !filter.blockedBy?.length || x.conditions.some((c) => filter.blockedBy!.includes(c.condition.slug) && c.condition.status !== "MET"))
        .filter((x) => !filter.blocked || x.conditions.some((c) => c.condition.status !== "MET"))
        .filter((x) => !filter.q || x.description.toLowerCase().includes(filter.q.toLowerCase()));
      return { scope: "PLEDGES" as const, filters: p.filters, pledges };
    }
  }
}

export type SharedView = Awaited<ReturnType<typeof loadSharedView>>;
