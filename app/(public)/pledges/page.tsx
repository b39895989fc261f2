import type { Metadata } from "next";
import Link from "next/link";
import { plural } from "@/components/facts/format";
import { PledgeCard } from "@/components/pledges/pledge-card";
import { Empty } from "@/components/ui/empty";
import { FilterChips } from "@/components/ui/filter-chips";
import { PageHeader } from "@/components/ui/page-header";
import { DISCLOSURES, DOMAINS, keysOf, parseKey, PLEDGE_STATUSES, type Meaning } from "@/lib/labels";
import { listPledges, type PledgeFilter } from "@/lib/pledges/queries";

export const metadata: Metadata = { title: "Pledges" };

type Params = { domain?: string; status?: string; disclosure?: string; condition?: string; country?: string; blocked?: string };

function hrefWith(current: Params, key: keyof Params, value: string | null) {
  const next = new URLSearchParams(Object.entries(current).filter(([, v]) => typeof v === "string") as [string, string][]);
  if (value === null) next.delete(key);
  else next.set(key, value);
  const query = next.toString();
  return query ? `/pledges?${query}` : "/pledges";
}

function chipsFor<K extends string>(params: Params, key: keyof Params, table: Record<K, Meaning>, active: K | null) {
  return [
    { label: "All", href: hrefWith(params, key, null), active: !active },
    ...keysOf(table).map((k) => ({ label: table[k].label, href: hrefWith(params, key, k), active: active === k })),
  ];
}

export default async function PledgesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const filter: PledgeFilter = {
    domain: parseKey(DOMAINS, params.domain),
    status: parseKey(PLEDGE_STATUSES, params.status),
    disclosure: parseKey(DISCLOSURES, params.disclosure),
    condition: typeof params.condition === "string" && /^[a-z0-9-]{1,80}$/.test(params.condition) ? params.condition : null,
    country: typeof params.country === "string" && /^([A-Z]{2}|undisclosed)$/.test(params.country) ? params.country : null,
    blocked: params.blocked === "1",
  };
  const pledges = await listPledges(filter);
  const extra = [
    filter.condition && { label: `waiting on “${filter.condition}”`, key: "condition" as const },
    filter.country && { label: `country ${filter.country}`, key: "country" as const },
    filter.blocked && { label: "blocked by an unmet condition", key: "blocked" as const },
  ].filter(Boolean) as { label: string; key: keyof Params }[];

  return (
    <>
      <PageHeader title="Pledges">
        Every recorded pledge with its status, disclosure and the conditions it waits on. Filters live in the URL, so any view
        can be bookmarked.
      </PageHeader>
      <div className="mb-6 space-y-2">
        <FilterChips label="Domain" chips={chipsFor(params, "domain", DOMAINS, filter.domain ?? null)} />
        <FilterChips label="Status" chips={chipsFor(params, "status", PLEDGE_STATUSES, filter.status ?? null)} />
        <FilterChips label="Disclosure" chips={chipsFor(params, "disclosure", DISCLOSURES, filter.disclosure ?? null)} />
        {extra.length > 0 && (
          <p className="text-sm text-slate-600">
            Also filtered by:{" "}
            {extra.map((e) => (
              <span key={e.key} className="mr-3">
                {e.label} (<Link href={hrefWith(params, e.key, null)}>remove</Link>)
              </span>
            ))}
          </p>
        )}
      </div>
      <p className="mb-3 text-sm text-slate-500" role="status">
        {plural(pledges.length, "pledge")}
      </p>
      {pledges.length === 0 ? (
        <Empty>No pledge matches these filters.</Empty>
      ) : (
        <div className="space-y-3">
          {pledges.map((p) => (
            <PledgeCard key={p.id} pledge={p} showCountry />
          ))}
        </div>
      )}
    </>
  );
}
