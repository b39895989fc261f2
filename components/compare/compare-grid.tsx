import Link from "next/link";
import type { ReactNode } from "react";
import { Citations } from "@/components/citations/citations";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import type { ComparedCountry } from "@/lib/compare/queries";
import {
  CONDITION_STATUSES,
  DISCLOSURES,
  DOMAINS,
  keysOf,
  PLEDGE_STATUSES,
  POSTURES,
} from "@/lib/labels";

const NONE = (
  <span className="text-slate-400">
    —<span className="sr-only">none recorded</span>
  </span>
);

function Row({
  label,
  hint,
  countries,
  cell,
}: {
  label: ReactNode;
  hint?: string;
  countries: ComparedCountry[];
  cell: (c: ComparedCountry) => ReactNode;
}) {
  return (
    <tr className="align-top">
      <th
        scope="row"
        className="sticky left-0 z-[1] w-40 bg-white px-3 py-3 text-left text-sm font-semibold text-slate-800"
      >
        {label}
        {hint && <div className="mt-0.5 text-xs font-normal text-slate-500">{hint}</div>}
      </th>
      {countries.map((c) => (
        <td key={c.code} className="min-w-52 px-3 py-3 text-sm">
          {cell(c)}
        </td>
      ))}
    </tr>
  );
}

/** Countries side by side: posture, pledges by domain with their status, and what they wait on. */
export function CompareGrid({ countries }: { countries: ComparedCountry[] }) {
  const domains = keysOf(DOMAINS).filter((d) =>
    countries.some((c) => c.pledges.some((p) => p.domain === d)),
  );
  const waits = (c: ComparedCountry) =>
    [
      ...new Map(
        c.pledges.flatMap((p) => p.conditions.map((x) => [x.condition.slug, x.condition] as const)),
      ).values(),
    ].sort((a, b) => a.sortOrder - b.sortOrder);

  return (
    <div
      role="region"
      aria-label="Comparison"
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <table className="w-full border-collapse">
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <td className="sticky left-0 bg-slate-50" />
            {countries.map((c) => (
              <th key={c.code} scope="col" className="px-3 py-3 text-left">
                <Link href={`/countries/${c.code}`} className="text-base font-semibold">
                  {c.name}
                </Link>
                <div className="text-xs font-normal text-slate-500">
                  {c.region}
                  {c.euMember && " · EU"}
                  {c.natoMember && " · NATO"}
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          <Row
            label="Posture"
            countries={countries}
            cell={(c) => {
              const m = c.memberships[0];
              if (!m)
                return (
                  <span className="text-slate-500 italic">
                    Not named: no source gives a posture
                  </span>
                );
              return (
                <div className="space-y-1">
                  <div className="flex flex-wrap items-center gap-1.5">
                    <MeaningBadge table={POSTURES} value={m.posture} />
                    {!m.isMember && (
                      <span className="text-xs text-slate-500">not a coalition member</span>
                    )}
                  </div>
                  <p className="text-slate-700">{m.summary}</p>
                  <Citations items={m.citations} />
                </div>
              );
            }}
          />
          <Row
            label="Pledges by status"
            countries={countries}
            cell={(c) =>
              c.pledges.length ? (
                <ul className="flex flex-wrap gap-1.5">
                  {keysOf(PLEDGE_STATUSES)
                    .map((s) => [s, c.pledges.filter((p) => p.status === s).length] as const)
                    .filter(([, n]) => n > 0)
                    .map(([s, n]) => (
                      <li key={s}>
                        <Link
                          href={`/pledges?country=${c.code}&status=${s}`}
                          className="no-underline"
                        >
                          <MeaningBadge table={PLEDGE_STATUSES} value={s} />
                        </Link>{" "}
                        <span className="tabular-nums">×{n}</span>
                      </li>
                    ))}
                </ul>
              ) : (
                <span className="text-slate-500">No pledge recorded</span>
              )
            }
          />
          {domains.map((d) => (
            <Row
              key={d}
              label={DOMAINS[d].label}
              countries={countries}
              cell={(c) => {
                const pledges = c.pledges.filter((p) => p.domain === d);
                if (!pledges.length) return NONE;
                return (
                  <ul className="space-y-2">
                    {pledges.map((p) => (
                      <li key={p.id}>
                        <div className="flex flex-wrap gap-1">
                          <MeaningBadge table={PLEDGE_STATUSES} value={p.status} />
                          <MeaningBadge table={DISCLOSURES} value={p.disclosure} />
                        </div>
                        <Link href={`/pledges/${p.id}`} className="mt-1 block text-slate-800">
                          {p.description}
                        </Link>
                      </li>
                    ))}
                  </ul>
                );
              }}
            />
          ))}
          <Row
            label="Pledges wait on"
            hint="Conditions named on the country's pledges"
            countries={countries}
            cell={(c) => {
              const list = waits(c);
              if (!list.length) return <span className="text-slate-500">Nothing recorded</span>;
              return (
                <ul className="space-y-1">
                  {list.map((x) => (
                    <li key={x.slug} className="flex flex-wrap items-center gap-1.5">
                      <Link href={`/conditions/${x.slug}`}>{x.name}</Link>
                      <MeaningBadge table={CONDITION_STATUSES} value={x.status} />
                    </li>
                  ))}
                </ul>
              );
            }}
          />
          <Row
            label="In their own words"
            hint="The conditions the country sets"
            countries={countries}
            cell={(c) => {
              const words = c.memberships[0]?.conditionsInOwnWords;
              return words ? (
                <p className="text-slate-700">{words}</p>
              ) : (
                <span className="text-slate-500 italic">undisclosed</span>
              );
            }}
          />
        </tbody>
      </table>
    </div>
  );
}
