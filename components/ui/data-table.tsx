import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";

/** A column heading; numbers are right-aligned. */
export type Column = { label: string; numeric?: boolean };

/** Padding for a list table's cells; numeric ones also right-align with even digits. */
export const cell = "px-4 py-3";
export const numericCell = `${cell} text-right tabular-nums`;

type Props = { children?: ReactNode; role?: string; "data-label"?: string };

/**
 * Gives each row and cell an explicit role (a table whose CSS display changes stays a
 * table for screen readers) and each cell after the first its column's label, which
 * the phone layout shows beside the value.
 */
function labelRows(rows: ReactNode, columns: Column[]): ReactNode {
  return Children.map(rows, (row) => {
    if (!isValidElement<Props>(row) || row.type !== "tr") return row;
    let i = 0;
    const cells = Children.map(row.props.children, (td) => {
      if (!isValidElement<Props>(td) || td.type !== "td") return td;
      const label = i > 0 ? columns[i]?.label : undefined;
      i++;
      return cloneElement(td as ReactElement<Props>, { role: "cell", "data-label": label });
    });
    return cloneElement(row as ReactElement<Props>, { role: "row" }, cells);
  });
}

/**
 * The app's list table: a bordered card that scrolls sideways if it must. Below 640 px
 * each row becomes a card: the first cell as its title, every other cell under it with
 * its column's label inline. Rows are the children (`<tr>`s of `<td>`s).
 */
export function DataTable({
  columns,
  caption,
  children,
}: {
  columns: Column[];
  caption?: string;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table
        role="table"
        className="w-full text-left text-sm max-sm:block max-sm:[&_td]:block max-sm:[&_td]:py-1 max-sm:[&_td]:text-left max-sm:[&_td[data-label]]:grid max-sm:[&_td[data-label]]:grid-cols-[6rem_minmax(0,1fr)] max-sm:[&_td[data-label]]:items-baseline max-sm:[&_td[data-label]]:justify-items-start max-sm:[&_td[data-label]]:gap-x-2 max-sm:[&_td[data-label]]:before:text-xs max-sm:[&_td[data-label]]:before:font-semibold max-sm:[&_td[data-label]]:before:text-slate-500 max-sm:[&_td[data-label]]:before:content-[attr(data-label)] max-sm:[&_tr]:block max-sm:[&_tr]:py-2"
      >
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead
          role="rowgroup"
          className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 max-sm:sr-only"
        >
          <tr role="row">
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                role="columnheader"
                className={c.numeric ? `${cell} text-right` : cell}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-slate-100 max-sm:block">
          {labelRows(children, columns)}
        </tbody>
      </table>
    </div>
  );
}
