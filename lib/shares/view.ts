import "server-only";
/**
 * Loads exactly the data a share link shows, always as the public sees it (no drafts,
 * no internal notes, no editors' names). Frozen links read as of their creation (rebuilt
 * from history); live links read the current data.
 */
import { getCondition } from "@/lib/conditions/queries";
import { getCountry } from "@/lib/countries/queries";
import { getDashboard } from "@/lib/dashboard/queries";
import { listEvents } from "@/lib/events/queries";
import { loadExplorerParams, toPledgeFilter } from "@/lib/pledges/explorer-params";
import { listPledges } from "@/lib/pledges/queries";
import { getWhatIfData } from "@/lib/what-if/queries";
import { parseScenario } from "@/lib/what-if/scenario";
import type { ResolvedShare } from "./queries";

export async function loadSharedView(share: ResolvedShare) {
  const options = { viewer: "public" as const, at: share.frozenAt };
  const p = share.params;
  switch (p.scope) {
    case "DASHBOARD": {
      const [d, events] = await Promise.all([
        getDashboard(options),
        listEvents({ limit: 5 }, options),
      ]);
      return { scope: "DASHBOARD" as const, d, events };
    }
    case "COUNTRY":
      return { scope: "COUNTRY" as const, country: await getCountry(p.code, options) };
    case "CONDITION":
      return { scope: "CONDITION" as const, condition: await getCondition(p.slug, options) };
    case "PLEDGES": {
      // The same reading of the URL as the explorer, so a shared list is the list the editor saw
      // (frozen: the pledges that matched then, each as it stood then).
      const filter = toPledgeFilter(loadExplorerParams(p.filters as Record<string, string>));
      return {
        scope: "PLEDGES" as const,
        filters: p.filters,
        pledges: await listPledges(filter, options),
      };
    }
    case "WHAT_IF": {
      // Always live (LIVE_ONLY_SCOPES): recounted from the current published data.
      const data = await getWhatIfData();
      const scenario = parseScenario(p.met, data.conditions);
      return { scope: "WHAT_IF" as const, met: p.met, data, scenario };
    }
  }
}

export type SharedView = Awaited<ReturnType<typeof loadSharedView>>;
