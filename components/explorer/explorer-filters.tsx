"use client";
import Link from "next/link";
import { debounce, useQueryStates } from "nuqs";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { CheckboxGroup, type Option } from "@/components/explorer/checkbox-group";
import { useExplorerTransition } from "@/components/explorer/explorer-transition";
import { DISCLOSURES, DOMAINS, PLEDGE_STATUSES, type Meaning } from "@/lib/labels";
import { explorerParsers, FILTER_KEYS, type ExplorerState } from "@/lib/pledges/explorer-params";

export const EXPLORER_FORM_ID = "pledge-explorer-filters";

const optionsOf = (table: Record<string, Meaning>): Option[] =>
  Object.entries(table).map(([value, m]) => ({ value, label: m.label, title: m.description }));

const ENUM_FILTERS = [
  { key: "domain", legend: "Domain", table: DOMAINS },
  { key: "status", legend: "Status", table: PLEDGE_STATUSES },
  { key: "disclosure", legend: "Disclosure", table: DISCLOSURES },
] as const;

const noop = () => () => {};
/** false while rendering on the server and hydrating, true once JavaScript runs. */
export const useHydrated = () =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

/**
 * The explorer's filters. Without JavaScript it is a GET form with an Apply button;
 * with it, every change rewrites the URL at once (search text after a pause) and the
 * server renders the new list.
 */
export function ExplorerFilters({
  countries,
  conditions,
}: {
  countries: { code: string; name: string }[];
  conditions: { slug: string; name: string }[];
}) {
  const { startTransition } = useExplorerTransition();
  const [state, setState] = useQueryStates(explorerParsers, {
    shallow: false,
    history: "push",
    startTransition,
  });
  const hydrated = useHydrated();
  const details = useRef<HTMLDetailsElement>(null);
  // Open on wide screens (and without JavaScript); folded on phones, where it would push the table down.
  useEffect(() => {
    if (details.current && window.matchMedia("(max-width: 1023px)").matches)
      details.current.open = false;
  }, []);

  const set = (patch: Partial<ExplorerState>, text = false) =>
    setState(
      { ...patch, page: null },
      text ? { limitUrlUpdates: debounce(350), history: "replace" } : undefined,
    );
  const active = FILTER_KEYS.filter((k) => {
    const v = state[k];
    return Array.isArray(v) ? v.length > 0 : Boolean(v);
  }).length;
  const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  const day = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null);

  return (
    <details
      ref={details}
      open
      className="group rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <summary className="cursor-pointer px-4 py-3 text-sm font-semibold text-slate-900 select-none">
        Filters
        {active > 0 && <span className="ml-1 font-normal text-slate-500">· {active} active</span>}
      </summary>
      <form
        id={EXPLORER_FORM_ID}
        method="get"
        action="/pledges"
        role="search"
        aria-label="Filter pledges"
        className="space-y-4 border-t border-slate-100 px-4 pt-3 pb-4"
        onSubmit={(e) => {
          if (hydrated) e.preventDefault();
        }}
      >
        <div>
          <label
            htmlFor="explorer-q"
            className="mb-1 block text-xs font-semibold tracking-wide text-slate-500 uppercase"
          >
            Search descriptions
          </label>
          <input
            id="explorer-q"
            type="search"
            name="q"
            value={state.q ?? ""}
            onChange={(e) => set({ q: e.target.value || null }, true)}
            placeholder="e.g. Black Sea"
            className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
        </div>
        <CheckboxGroup
          legend="Country"
          name="country"
          scroll
          options={[
            ...countries.map((c) => ({ value: c.code, label: c.name })),
            { value: "undisclosed", label: "Not named by the source" },
          ]}
          selected={state.country}
          onChange={(country) => set({ country })}
        />
        {ENUM_FILTERS.map(({ key, legend, table }) => (
          <CheckboxGroup
            key={key}
            legend={legend}
            name={key}
            options={optionsOf(table)}
            selected={state[key]}
            onChange={(v) => set({ [key]: v })}
          />
        ))}
        <CheckboxGroup
          legend="Waiting on condition"
          name="condition"
          scroll
          options={conditions.map((c) => ({ value: c.slug, label: c.name }))}
          selected={state.condition}
          onChange={(condition) => set({ condition })}
        />
        <label className="flex cursor-pointer items-start gap-2 rounded-md bg-amber-50 px-2 py-1.5 text-sm text-amber-950">
          <input
            type="checkbox"
            name="blocked"
            value="1"
            checked={state.blocked}
            onChange={(e) => set({ blocked: e.target.checked })}
            className="mt-0.5 h-4 w-4 shrink-0 accent-slate-900"
          />
          <span>
            Blocked only: waiting on{" "}
            {state.condition.length > 0 ? "a chosen condition" : "a condition"} not yet met (not
            met, in progress or breached)
          </span>
        </label>
        <fieldset>
          <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            Announced between
          </legend>
          <div className="grid grid-cols-2 gap-2">
            <label className="text-xs text-slate-600">
              From
              <input
                type="date"
                name="from"
                value={isoDay(state.from)}
                onChange={(e) => set({ from: day(e.target.value) })}
                className="mt-0.5 w-full rounded-md border border-slate-300 px-1.5 py-1 text-sm"
              />
            </label>
            <label className="text-xs text-slate-600">
              To
              <input
                type="date"
                name="to"
                value={isoDay(state.to)}
                onChange={(e) => set({ to: day(e.target.value) })}
                className="mt-0.5 w-full rounded-md border border-slate-300 px-1.5 py-1 text-sm"
              />
            </label>
          </div>
          <p className="mt-1 text-xs text-slate-500">
            Pledges whose date no source states drop out of a date filter.
          </p>
        </fieldset>
        {/* Kept through a plain form submission. */}
        {state.sort !== "country" && <input type="hidden" name="sort" value={state.sort} />}
        {state.dir !== "asc" && <input type="hidden" name="dir" value={state.dir} />}
        <div className="flex items-center gap-3">
          {!hydrated && (
            <button
              type="submit"
              className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
            >
              Apply filters
            </button>
          )}
          {active > 0 && (
            <Link href="/pledges" className="text-sm">
              Clear all filters
            </Link>
          )}
        </div>
      </form>
    </details>
  );
}
