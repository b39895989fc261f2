"use client";
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type VisibilityState,
} from "@tanstack/react-table";
import { useQueryStates } from "nuqs";
import {
  COLUMN_LABELS,
  COLUMN_SORTS,
  pledgeColumns,
  STATUS_DOT,
} from "@/components/explorer/columns";
import { EXPLORER_FORM_ID, useHydrated } from "@/components/explorer/explorer-filters";
import { ExplorerBusy, useExplorerTransition } from "@/components/explorer/explorer-transition";
import type { ExplorerRow } from "@/components/explorer/rows";
import { StateLink } from "@/components/explorer/state-link";
import { CONDITION_STATUSES } from "@/lib/labels";
import {
  explorerParsers,
  PAGE_SIZES,
  PLEDGE_COLUMNS,
  visibleColumns,
} from "@/lib/pledges/explorer-params";

/**
 * The pledge table. Sorting and paging happen in the database (TanStack Table runs in
 * manual mode and only lays out the page it is given); column choice lives in the URL.
 * Below 640 px each row becomes a card: the pledge first, then every other column's
 * value beside its label, and the sortable headings a row of sort buttons. The explicit
 * roles keep it a table for screen readers whatever its CSS display.
 */
export function PledgeTable({ rows, total }: { rows: ExplorerRow[]; total: number }) {
  const { startTransition } = useExplorerTransition();
  const [state, setState] = useQueryStates(explorerParsers, {
    shallow: false,
    history: "push",
    startTransition,
  });
  const shown = visibleColumns(state);
  const columnVisibility: VisibilityState = Object.fromEntries(
    PLEDGE_COLUMNS.map((c) => [c, shown.includes(c)]),
  );
  // Rendered per request from server data; nothing here benefits from memoisation.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: pledgeColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.id,
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    state: { columnVisibility, sorting: [{ id: state.sort, desc: state.dir === "desc" }] },
  });

  return (
    <div>
      <TableToolbar
        shown={shown}
        onColumns={(cols) => void setState({ cols }, { shallow: true })}
        onSize={(size) => void setState({ size, page: null })}
        size={state.size}
      />
      <ExplorerBusy>
        <div
          role="region"
          aria-label="Pledges table"
          tabIndex={0}
          className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm"
        >
          <table role="table" className="w-full text-left text-sm max-sm:block">
            <thead
              role="rowgroup"
              className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 max-sm:block max-sm:px-2 max-sm:py-2"
            >
              {table.getHeaderGroups().map((group) => (
                <tr
                  key={group.id}
                  role="row"
                  className="max-sm:flex max-sm:flex-wrap max-sm:items-center max-sm:gap-1.5"
                >
                  <td aria-hidden className="hidden text-slate-500 max-sm:block">
                    Sort:
                  </td>
                  {group.headers.map((header) => {
                    const id = header.column.id as keyof typeof COLUMN_LABELS;
                    const sort = COLUMN_SORTS[id];
                    const current = sort && state.sort === sort ? state.dir : null;
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        role="columnheader"
                        aria-sort={
                          current === "asc"
                            ? "ascending"
                            : current === "desc"
                              ? "descending"
                              : undefined
                        }
                        className={`px-2.5 py-2 font-semibold whitespace-nowrap ${sort ? "max-sm:p-0" : "max-sm:sr-only"}`}
                      >
                        {sort ? (
                          <StateLink
                            patch={{ sort, dir: current === "asc" ? "desc" : "asc", page: null }}
                            className="inline-flex items-center gap-1 text-slate-700 no-underline hover:text-slate-950 max-sm:min-h-8 max-sm:rounded-full max-sm:bg-white max-sm:px-2.5 max-sm:ring-1 max-sm:ring-slate-300 max-sm:ring-inset"
                            aria-label={`${COLUMN_LABELS[id]}: sort ${current === "asc" ? "descending" : "ascending"}`}
                          >
                            {COLUMN_LABELS[id]}
                            <span
                              aria-hidden
                              className={current ? "text-slate-900" : "text-slate-500"}
                            >
                              {current === "desc" ? "▼" : current === "asc" ? "▲" : "↕"}
                            </span>
                          </StateLink>
                        ) : (
                          COLUMN_LABELS[id]
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody role="rowgroup" className="divide-y divide-slate-100 max-sm:block">
              {table.getRowModel().rows.map((row) => (
                <tr
                  key={row.id}
                  role="row"
                  className="align-top hover:bg-slate-50 max-sm:flex max-sm:flex-col max-sm:py-2"
                >
                  {row.getVisibleCells().map((cell) => {
                    const id = cell.column.id as keyof typeof COLUMN_LABELS;
                    const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                    if (id === "description")
                      return (
                        <td
                          key={cell.id}
                          role="cell"
                          className="px-2.5 py-2 max-sm:order-first max-sm:pb-1.5 max-sm:text-base"
                        >
                          {content}
                        </td>
                      );
                    return (
                      <td
                        key={cell.id}
                        role="cell"
                        className="px-2.5 py-2 max-sm:grid max-sm:grid-cols-[6rem_minmax(0,1fr)] max-sm:items-baseline max-sm:justify-items-start max-sm:gap-x-2 max-sm:py-1"
                      >
                        {/* The card's label; a screen reader hears the column heading instead. */}
                        <span
                          aria-hidden
                          className="text-xs font-semibold text-slate-500 sm:hidden"
                        >
                          {COLUMN_LABELS[id]}
                        </span>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ExplorerBusy>
      {shown.includes("conditions") && (
        <p className="mt-2 flex flex-wrap gap-x-4 text-xs text-slate-500">
          {(["MET", "IN_PROGRESS", "NOT_MET"] as const).map((s) => (
            <span key={s} className="inline-flex items-center gap-1.5">
              <span aria-hidden className={`inline-block h-2 w-2 rounded-full ${STATUS_DOT[s]}`} />
              {CONDITION_STATUSES[s].label}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

function TableToolbar({
  shown,
  size,
  onColumns,
  onSize,
}: {
  shown: string[];
  size: number;
  onColumns: (cols: (typeof PLEDGE_COLUMNS)[number][]) => void;
  onSize: (size: 25 | 50 | 100) => void;
}) {
  const hydrated = useHydrated();
  const optional = PLEDGE_COLUMNS.filter((c) => c !== "description");
  return (
    <div className="mb-2 flex flex-wrap items-center justify-end gap-3 text-sm">
      <details className="relative">
        <summary className="cursor-pointer rounded-md px-2 py-1 text-slate-700 ring-1 ring-slate-300 select-none ring-inset hover:bg-slate-100">
          Columns
        </summary>
        <fieldset className="absolute right-0 z-10 mt-1 w-48 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
          <legend className="sr-only">Columns to show</legend>
          {optional.map((c) => (
            <label
              key={c}
              className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-100"
            >
              <input
                type="checkbox"
                name="cols"
                value={c}
                form={EXPLORER_FORM_ID}
                checked={shown.includes(c)}
                onChange={(e) =>
                  onColumns(
                    e.target.checked
                      ? ([...shown, c].filter((x) => x !== "description") as typeof optional)
                      : (shown.filter((x) => x !== c && x !== "description") as typeof optional),
                  )
                }
                className="h-4 w-4 accent-slate-900"
              />
              {COLUMN_LABELS[c]}
            </label>
          ))}
          {!hydrated && (
            <button
              type="submit"
              form={EXPLORER_FORM_ID}
              className="mt-2 w-full rounded-md bg-slate-900 px-2 py-1 text-white"
            >
              Apply
            </button>
          )}
        </fieldset>
      </details>
      <label className="flex items-center gap-2 text-slate-600">
        Per page
        <select
          name="size"
          form={EXPLORER_FORM_ID}
          value={size}
          onChange={(e) => onSize(Number(e.target.value) as 25 | 50 | 100)}
          className="rounded-md border border-slate-300 bg-white px-1.5 py-1"
        >
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
