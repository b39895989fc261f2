import Link from "next/link";
import { GAPS } from "@/components/capability/gaps";
import { formatCount, plural } from "@/components/facts/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DOMAINS } from "@/lib/labels";
import type { Outcome, Tally } from "@/lib/what-if/evaluate";
import type { ListedPledge, WhatIfData } from "@/lib/what-if/queries";

const th = "px-3 py-2 text-left text-xs font-semibold text-slate-600";
const num = "px-3 py-2 text-right tabular-nums";

function Change({ t }: { t: Tally }) {
  if (!t.unblocked && !t.blocked) return <span className="text-slate-500">no change</span>;
  return (
    // Each figure whole, one under the other when a phone's column is narrow.
    <span className="flex flex-wrap gap-x-2">
      {t.unblocked > 0 && (
        <span className="font-medium whitespace-nowrap text-emerald-800">
          +{formatCount(t.unblocked)} unblocked
        </span>
      )}
      {t.blocked > 0 && (
        <span className="font-medium whitespace-nowrap text-rose-800">
          −{formatCount(t.blocked)} blocked
        </span>
      )}
    </span>
  );
}

function TallyTable({
  caption,
  rows,
  name,
}: {
  caption: string;
  rows: Tally[];
  name: (key: string) => React.ReactNode;
}) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-y border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              {caption.split(" ")[0]}
            </th>
            <th scope="col" className={`${th} text-right`}>
              Free now
            </th>
            <th scope="col" className={`${th} text-right`}>
              In scenario
            </th>
            {/* On a phone the change goes under the row's name: four columns do not fit. */}
            <th scope="col" className={`${th} hidden sm:table-cell`}>
              Change
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((t) => (
            <tr key={t.key} className={t.unblocked || t.blocked ? "bg-sky-50/50" : ""}>
              <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                {name(t.key)}
                <span className="mt-0.5 block text-xs sm:hidden">
                  <Change t={t} />
                </span>
              </th>
              <td className={num}>
                {formatCount(t.freeNow)}{" "}
                <span className="block text-xs whitespace-nowrap text-slate-500 sm:inline">
                  of {formatCount(t.pledges)}
                </span>
              </td>
              <td className={num}>{formatCount(t.freeThen)}</td>
              <td className="hidden px-3 py-2 sm:table-cell">
                <Change t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PledgeList({
  title,
  items,
  data,
}: {
  title: string;
  items: ListedPledge[];
  data: WhatIfData;
}) {
  if (!items.length) return null;
  return (
    <div className="mt-4">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <ul className="mt-2 space-y-1 text-sm">
        {items.map((p) => (
          <li key={p.id}>
            <Link href={`/pledges/${p.id}`}>{p.description}</Link>{" "}
            <span className="text-xs text-slate-600">
              {p.country ? (data.countries[p.country] ?? p.country) : "country not named"} ·{" "}
              {DOMAINS[p.domain].label}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The recount: totals, by domain, by country, and the capability gaps. */
export function WhatIfResults({
  data,
  outcome,
  unblocked,
  blocked,
}: {
  data: WhatIfData;
  outcome: Outcome;
  unblocked: ListedPledge[] | null;
  blocked: ListedPledge[] | null;
}) {
  const { total } = outcome;
  const country = (code: string) =>
    code ? (
      <Link href={`/countries/${code}`}>{data.countries[code] ?? code}</Link>
    ) : (
      <span className="italic">Country not named</span>
    );
  return (
    <div className="min-w-0 space-y-6">
      <Card title="What changes">
        <p role="status" aria-live="polite" className="text-lg font-medium text-slate-900">
          {plural(total.freeThen, "pledge")} of {formatCount(total.pledges)} would be free to go
          ahead (recorded: {formatCount(total.freeNow)}).
          {total.unblocked > 0 && (
            <span className="text-emerald-800"> {formatCount(total.unblocked)} unblocked.</span>
          )}
          {total.blocked > 0 && (
            <span className="text-rose-800"> {formatCount(total.blocked)} blocked again.</span>
          )}
        </p>
        <p className="mt-1 text-sm text-slate-600">
          Free: waiting on no condition that is unmet. Published pledges only; withdrawn ones are
          not counted.
        </p>
        {unblocked && (
          <PledgeList title="Unblocked in this scenario" items={unblocked} data={data} />
        )}
        {blocked && <PledgeList title="Blocked in this scenario" items={blocked} data={data} />}
        {!data.pledges && (
          <p className="mt-3 text-sm text-slate-600">
            Too many pledges to list here: the tables count them, and the{" "}
            <Link href="/pledges?blocked=1">explorer</Link> lists those waiting on an unmet
            condition.
          </p>
        )}
      </Card>
      <Card title="By domain">
        <TallyTable
          caption="Domain tallies"
          rows={outcome.byDomain}
          name={(d) => DOMAINS[d as keyof typeof DOMAINS].label}
        />
      </Card>
      <Card title="By country">
        <TallyTable caption="Country tallies" rows={outcome.byCountry} name={country} />
      </Card>
      <Card title="Capability gaps">
        <p className="mb-3 text-sm text-slate-600">
          The recorded needs against the pledges free to go ahead (the{" "}
          <Link href="/capability">capability page</Link> counts every pledge, waiting or not).
        </p>
        {/* On a phone two badges side by side do not fit: one domain per item. */}
        <ul className="divide-y divide-slate-100 text-sm sm:hidden">
          {outcome.capability.map((c) => (
            <li key={c.domain} className="space-y-1 py-2">
              <div className="font-medium text-slate-900">{DOMAINS[c.domain].label}</div>
              {(
                [
                  ["Now", c.now, c.freeNow],
                  ["In scenario", c.then, c.freeThen],
                ] as const
              ).map(([when, gap, free]) => (
                <div
                  key={when}
                  className="flex flex-wrap items-center gap-2 text-xs text-slate-600"
                >
                  {when}:{" "}
                  <Badge tone={GAPS[gap].tone} title={GAPS[gap].explain}>
                    {GAPS[gap].label}
                  </Badge>
                  {plural(free, "free pledge")}
                </div>
              ))}
            </li>
          ))}
        </ul>
        <div
          role="region"
          aria-label="Capability gaps"
          tabIndex={0}
          className="overflow-x-auto max-sm:hidden"
        >
          <table className="w-full text-sm">
            <thead className="border-y border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className={th}>
                  Domain
                </th>
                <th scope="col" className={th}>
                  Now
                </th>
                <th scope="col" className={th}>
                  In scenario
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {outcome.capability.map((c) => (
                <tr key={c.domain} className={c.now !== c.then ? "bg-sky-50/50" : ""}>
                  <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                    {DOMAINS[c.domain].label}
                  </th>
                  <td className="px-3 py-2">
                    <Badge tone={GAPS[c.now].tone} title={GAPS[c.now].explain}>
                      {GAPS[c.now].label}
                    </Badge>
                    <div className="text-xs text-slate-600">{plural(c.freeNow, "free pledge")}</div>
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone={GAPS[c.then].tone} title={GAPS[c.then].explain}>
                      {GAPS[c.then].label}
                    </Badge>
                    <div className="text-xs text-slate-600">
                      {plural(c.freeThen, "free pledge")}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
