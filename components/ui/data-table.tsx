import type { ReactNode } from "react";

/** A column heading; numbers are right-aligned. */
export type Column = { label: string; numeric?: boolean };

/** Padding for a list table's cells; numeric ones also right-align with even digits. */
export const cell = "px-4 py-3";
export const numericCell = `${cell} text-right tabular-nums`;

/** The app's list table: a bordered card that scrolls sideways on narrow screens. Rows are the children. */
export function DataTable({ columns, caption, children }: { columns: Column[]; caption?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? `${cell} text-right` : cell}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
