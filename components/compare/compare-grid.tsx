import Link from "next/link";
import { Citations } from "@/components/citations/citations";
import { CompareStack, CompareTable, type CompareRow } from "@/components/compare/compare-views";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import type { ComparedCountry } from "@/lib/compare/queries";
import type { PledgeDomain } from "@/lib/labels";
import {
  CONDITION_STATUSES,
  DISCLOSURES,
  DOMAINS,
  keysOf,
  PLEDGE_STATUSES,
  POSTURES,
} from "@/lib/labels";

const NONE = (
  <span className="text-slate-500">
    —<span className="sr-only">none recorded</span>
  </span>
);

/** A cell's pledges counted by status, when there are more than it lists. */
function StatusCounts({ counts }: { counts: ComparedCountry["counts"] }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-1.5 text-xs">
      {keysOf(PLEDGE_STATUSES).map((s) => {
        const n = counts.filter((c) => c.status === s).reduce((a, c) => a + c.count, 0);
        return n ? (
          <li key={s}>
            <MeaningBadge table={PLEDGE_STATUSES} value={s} />{" "}
            <span className="tabular-nums">×{n.toLocaleString("en")}</span>
          </li>
        ) : null;
      })}
    </ul>
  );
}

/** Countries side by side: posture, pledges by domain with their status, and what they wait on. */
export function CompareGrid({ countries }: { countries: ComparedCountry[] }) {
  const domains = keysOf(DOMAINS).filter((d) =>
    countries.some((c) => c.counts.some((n) => n.domain === d)),
  );
  const total = (c: ComparedCountry, domain?: PledgeDomain) =>
    c.counts.filter((n) => !domain || n.domain === domain).reduce((sum, n) => sum + n.count, 0);
  const rows: CompareRow[] = [
    {
      key: "Posture",
      label: "Posture",
      cell: (c) => {
        const m = c.memberships[0];
        if (!m)
          return (
            <span className="text-slate-500 italic">Not named: no source gives a posture</span>
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
      },
    },
    {
      key: "Pledges by status",
      label: "Pledges by status",
      cell: (c) =>
        total(c) ? (
          <ul className="flex flex-wrap gap-1.5">
            {keysOf(PLEDGE_STATUSES)
              .map(
                (s) =>
                  [
                    s,
                    c.counts.filter((n) => n.status === s).reduce((a, n) => a + n.count, 0),
                  ] as const,
              )
              .filter(([, n]) => n > 0)
              .map(([s, n]) => (
                <li key={s}>
                  <Link href={`/pledges?country=${c.code}&status=${s}`} className="no-underline">
                    <MeaningBadge table={PLEDGE_STATUSES} value={s} />
                  </Link>{" "}
                  <span className="tabular-nums">×{n.toLocaleString("en")}</span>
                </li>
              ))}
          </ul>
        ) : (
          <span className="text-slate-500">No pledge recorded</span>
        ),
    },
    ...domains.map((d): CompareRow => ({
      key: d,
      label: DOMAINS[d].label,
      empty: (c) => total(c, d) === 0,
      cell: (c) => {
        const pledges = c.pledges.filter((p) => p.domain === d);
        const all = total(c, d);
        if (!all) return NONE;
        return (
          <>
            {all > pledges.length && (
              <StatusCounts counts={c.counts.filter((n) => n.domain === d)} />
            )}
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
            {all > pledges.length && (
              <Link href={`/pledges?country=${c.code}&domain=${d}`} className="mt-2 block text-xs">
                All {all.toLocaleString("en")} pledges in the explorer →
              </Link>
            )}
          </>
        );
      },
    })),
    {
      key: "Pledges wait on",
      label: "Pledges wait on",
      hint: "Conditions named on the country's pledges",
      cell: (c) => {
        const list = c.waits;
        if (!list.length) return <span className="text-slate-500">Nothing recorded</span>;
        return (
          <ul className="space-y-1">
            {list.map((x) => (
              <li key={x.slug} className="flex flex-wrap items-center gap-1.5">
                <Link href={`/conditions/${x.slug}`}>{x.name}</Link>
                <MeaningBadge table={CONDITION_STATUSES} value={x.status} />
                {total(c) > 1 && (
                  <Link
                    href={`/pledges?country=${c.code}&condition=${x.slug}`}
                    className="text-xs text-slate-500"
                  >
                    {x.pledges.toLocaleString("en")} of {total(c).toLocaleString("en")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        );
      },
    },
    {
      key: "In their own words",
      label: "In their own words",
      hint: "The conditions the country sets",
      cell: (c) => {
        const words = c.memberships[0]?.conditionsInOwnWords;
        return words ? (
          <p className="text-slate-700">{words}</p>
        ) : (
          <span className="text-slate-500 italic">undisclosed</span>
        );
      },
    },
  ];

  return (
    <>
      <CompareTable countries={countries} rows={rows} />
      <CompareStack countries={countries} rows={rows} />
    </>
  );
}
