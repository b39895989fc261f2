import Link from "next/link";
import type { ReactNode } from "react";
import type { ComparedCountry } from "@/lib/compare/queries";

/** One line of the comparison: a label and what it says for each country. */
export type CompareRow = {
  key: string;
  label: ReactNode;
  hint?: string;
  cell: (c: ComparedCountry) => ReactNode;
  /** True where the country has nothing here: the stacked view leaves the row out. */
  empty?: (c: ComparedCountry) => boolean;
};

function CountryName({ country: c }: { country: ComparedCountry }) {
  return (
    <>
      <Link href={`/countries/${c.code}`} className="text-base font-semibold">
        {c.name}
      </Link>
      <span className="block text-xs font-normal text-slate-500">
        {c.region}
        {c.euMember && " · EU"}
        {c.natoMember && " · NATO"}
      </span>
    </>
  );
}

/** From 640 px: one column per country, one row per question. */
export function CompareTable({
  countries,
  rows,
}: {
  countries: ComparedCountry[];
  rows: CompareRow[];
}) {
  return (
    <div
      role="region"
      aria-label="Comparison"
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm max-sm:hidden"
    >
      <table className="w-full border-collapse">
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <td className="sticky left-0 bg-slate-50" />
            {countries.map((c) => (
              <th key={c.code} scope="col" className="px-3 py-3 text-left">
                <CountryName country={c} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key} className="align-top">
              <th
                scope="row"
                className="sticky left-0 z-[1] w-40 bg-white px-3 py-3 text-left text-sm font-semibold text-slate-800"
              >
                {row.label}
                {row.hint && (
                  <div className="mt-0.5 text-xs font-normal text-slate-500">{row.hint}</div>
                )}
              </th>
              {countries.map((c) => (
                <td key={c.code} className="min-w-52 px-3 py-3 text-sm">
                  {row.cell(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Below 640 px: the countries one under the other, each with every row. */
export function CompareStack({
  countries,
  rows,
}: {
  countries: ComparedCountry[];
  rows: CompareRow[];
}) {
  return (
    <div className="space-y-4 sm:hidden">
      {countries.map((c) => (
        <section
          key={c.code}
          aria-labelledby={`compare-${c.code}`}
          className="rounded-xl border border-slate-200 bg-white shadow-sm"
        >
          <h2
            id={`compare-${c.code}`}
            className="rounded-t-xl border-b border-slate-200 bg-slate-50 px-4 py-3"
          >
            <CountryName country={c} />
          </h2>
          <dl className="divide-y divide-slate-100">
            {rows
              .filter((row) => !row.empty?.(c))
              .map((row) => (
                <div key={row.key} className="px-4 py-3 text-sm">
                  <dt className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                    {row.label}
                    {row.hint && (
                      <span className="ml-1 font-normal tracking-normal normal-case">
                        · {row.hint}
                      </span>
                    )}
                  </dt>
                  <dd>{row.cell(c)}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
