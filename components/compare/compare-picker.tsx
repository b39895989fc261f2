"use client";
import { parseAsArrayOf, parseAsString, useQueryState } from "nuqs";
import { useTransition } from "react";
import { useHydrated } from "@/components/explorer/explorer-filters";
import { MAX_COUNTRIES } from "@/lib/compare/params";

/**
 * Up to four country pickers. A GET form without JavaScript; with it, each change
 * rewrites `?c=` at once and the server renders the new comparison.
 */
export function ComparePicker({
  choices,
  selected,
}: {
  choices: { code: string; name: string }[];
  selected: string[];
}) {
  const [isPending, startTransition] = useTransition();
  const [codes, setCodes] = useQueryState(
    "c",
    parseAsArrayOf(parseAsString).withOptions({ shallow: false, history: "push", startTransition }),
  );
  const hydrated = useHydrated();
  // The URL's choice shows at once; the server's (known codes only) until the URL names any.
  const current = codes ?? selected;
  const slots = Array.from({ length: MAX_COUNTRIES }, (_, i) => current[i] ?? "");

  return (
    <form
      method="get"
      action="/compare"
      aria-label="Countries to compare"
      className="grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap"
      onSubmit={(e) => hydrated && e.preventDefault()}
    >
      {slots.map((code, i) => (
        <label key={i} className="text-xs font-medium text-slate-600">
          Country {i + 1}
          {i >= 2 && <span className="font-normal text-slate-500"> (optional)</span>}
          <select
            name="c"
            value={code}
            onChange={(e) => {
              const next = [...slots];
              next[i] = e.target.value;
              void setCodes(next.filter(Boolean).filter((c, j, all) => all.indexOf(c) === j));
            }}
            className="mt-1 block w-full sm:w-44 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
          >
            <option value="">{i < 2 ? "Choose a country" : "None"}</option>
            {choices.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      {!hydrated && (
        <button
          type="submit"
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
        >
          Compare
        </button>
      )}
      {isPending && <span className="pb-2 text-sm text-slate-500">Updating…</span>}
    </form>
  );
}
