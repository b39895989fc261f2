import type { ReactNode } from "react";
import { rowTotal, type ChartData } from "@/components/charts/chart-data";

/**
 * A chart with its accessible name, a legend, and the same numbers as a table: the
 * drawing is an image to assistive technology, the table is what it reads (and what
 * shows without JavaScript).
 */
export function ChartFigure({
  id,
  title,
  summary,
  data,
  categoryLabel,
  note,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  data: ChartData;
  categoryLabel: string;
  note?: ReactNode;
  children: ReactNode;
}) {
  const used = data.series.filter((s) => data.rows.some((r) => (r.values[s.key] ?? 0) > 0));
  return (
    <figure aria-labelledby={`${id}-title`} className="min-w-0">
      <figcaption>
        <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          {title}
        </h3>
        <p className="text-xs text-slate-500">{summary}</p>
      </figcaption>
      <div
        role="img"
        aria-label={`${title}. ${summary} The numbers are in the table below.`}
        className="mt-2"
      >
        {children}
      </div>
      {used.length > 0 && (
        <ul aria-hidden className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
          {used.map((s) => (
            <li key={s.key} className="inline-flex items-center gap-1.5">
              <span
                className="inline-block h-2.5 w-2.5 rounded-sm"
                style={{ background: s.color }}
              />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      {note && <p className="mt-2 rounded-md bg-slate-50 p-2 text-xs text-slate-600">{note}</p>}
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer text-slate-500 hover:text-slate-800">
          The numbers as a table
        </summary>
        {/* A table of many series may be wider than a phone: it scrolls in its own box,
            which keyboard users can focus to scroll. */}
        <div
          role="region"
          aria-label={`${title}: the numbers`}
          tabIndex={0}
          className="mt-2 overflow-x-auto"
        >
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">{title}</caption>
            <thead className="text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {categoryLabel}
                </th>
                {used.map((s) => (
                  <th key={s.key} scope="col" className="py-1 pr-3 font-medium">
                    {s.label}
                  </th>
                ))}
                <th scope="col" className="py-1 font-medium">
                  Total
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className="py-1 pr-3 font-normal text-slate-700">
                    {r.label}
                  </th>
                  {used.map((s) => (
                    <td key={s.key} className="py-1 pr-3">
                      {(r.values[s.key] ?? 0).toLocaleString("en")}
                    </td>
                  ))}
                  <td className="py-1 font-medium">{rowTotal(r.values).toLocaleString("en")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
