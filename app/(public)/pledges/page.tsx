import type { Metadata } from "next";
import { getVisibility } from "@/lib/auth/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DomainStatusChart } from "@/components/charts/domain-status-chart";
import { TrendsCard } from "@/components/charts/trends-section";
import { ActiveFilters } from "@/components/explorer/active-filters";
import { DownloadLinks } from "@/components/explorer/download-links";
import { ExplorerFilters } from "@/components/explorer/explorer-filters";
import { ExplorerTransitionProvider } from "@/components/explorer/explorer-transition";
import { NoPastView } from "@/components/history/as-of-banner";
import { Pagination } from "@/components/explorer/pagination";
import { ParamIssues } from "@/components/explorer/param-issues";
import { PledgeTable } from "@/components/explorer/pledge-table";
import { toExplorerRow } from "@/components/explorer/rows";
import { plural } from "@/components/facts/format";
import { Card } from "@/components/ui/card";
import { Empty } from "@/components/ui/empty";
import { ShareButton } from "@/components/share/share-button";
import { PageHeader } from "@/components/ui/page-header";
import {
  conditionStatusHistory,
  countPledgesByDomainAndStatus,
  pledgeStatusHistory,
  statusHistoryBasis,
} from "@/lib/charts/queries";
import { parseAsOfParam } from "@/lib/dates/as-of";
import {
  canonicalExplorerHref,
  hasFilters,
  loadExplorerParams,
  toPageRequest,
  toPledgeFilter,
  FILTER_KEYS,
} from "@/lib/pledges/explorer-params";
import { explorerIssues } from "@/lib/pledges/explorer-issues";
import { listPledgeFilterOptions, listPledgePage } from "@/lib/pledges/explorer-queries";

export const metadata: Metadata = { title: "Pledges" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The explorer's filters (not its paging or columns) as a Share address. */
function shareQuery(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const query: Record<string, string> = { scope: "PLEDGES" };
  for (const key of FILTER_KEYS)
    if (typeof params[key] === "string" && params[key]) query[key] = params[key] as string;
  return query;
}

export default async function PledgesPage({ searchParams }: Props) {
  const params = await searchParams;
  const canonical = canonicalExplorerHref(params);
  if (canonical) redirect(canonical);
  const state = loadExplorerParams(params);
  const filter = toPledgeFilter(state);
  const visibility = await getVisibility();
  // The charts are rendered with the page (not streamed in), so a reader without
  // JavaScript sees them; their queries run alongside the table's.
  const [result, options, counts, pledgeHistory, conditionHistory, pledgeBasis, conditionBasis] =
    await Promise.all([
      listPledgePage(filter, toPageRequest(state), visibility),
      listPledgeFilterOptions(visibility),
      countPledgesByDomainAndStatus(filter, visibility),
      pledgeStatusHistory(visibility, filter),
      conditionStatusHistory(visibility, filter),
      statusHistoryBasis("Pledge", visibility),
      statusHistoryBasis("Condition", visibility),
    ]);
  const filtered = hasFilters(state);
  const issues = explorerIssues(params, options);

  return (
    <>
      <NoPastView param={parseAsOfParam(params)} what="The pledge list" currentHref="/pledges" />
      <div className="float-right">
        <ShareButton query={shareQuery(params)} />
      </div>
      <PageHeader title="Pledges">
        Every recorded pledge with its status, disclosure and the conditions it waits on. Filter,
        sort and page through them; the whole view lives in the URL, so it can be bookmarked or
        shared.
      </PageHeader>
      <ExplorerTransitionProvider>
        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[14.5rem_minmax(0,1fr)]">
          <aside aria-label="Filters">
            <ExplorerFilters countries={options.countries} conditions={options.conditions} />
          </aside>
          <div className="min-w-0 space-y-3">
            <ParamIssues issues={issues} />
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <p className="text-sm font-semibold text-slate-900" role="status">
                {plural(result.total, "pledge")}
              </p>
              <ActiveFilters
                state={state}
                names={{
                  countries: new Map(options.countries.map((c) => [c.code, c.name])),
                  conditions: new Map(options.conditions.map((c) => [c.slug, c.name])),
                  conditionStatuses: new Map(options.conditions.map((c) => [c.slug, c.status])),
                }}
              />
              <div className="ml-auto">
                <DownloadLinks state={state} total={result.total} />
              </div>
            </div>
            {result.total === 0 ? (
              <Empty>
                No pledge matches these filters.{" "}
                <Link href="/pledges" className="underline">
                  Show all pledges
                </Link>
              </Empty>
            ) : (
              <>
                <PledgeTable rows={result.rows.map(toExplorerRow)} total={result.total} />
                <Pagination
                  page={result.page}
                  pageCount={result.pageCount}
                  pageSize={result.pageSize}
                  total={result.total}
                />
              </>
            )}
          </div>
        </div>
      </ExplorerTransitionProvider>

      <section id="charts" aria-labelledby="charts-title" className="mt-10 space-y-6">
        <h2 id="charts-title" className="text-xl font-semibold text-slate-900">
          Charts
        </h2>
        <Card>
          <DomainStatusChart
            counts={counts}
            title={
              filtered ? "The pledges above, by domain and status" : "Pledges by domain and status"
            }
          />
        </Card>
        <TrendsCard
          trends={{
            pledges: pledgeHistory,
            conditions: conditionHistory,
            pledgeBasis,
            conditionBasis,
          }}
          filtered={filtered}
        />
      </section>
    </>
  );
}
