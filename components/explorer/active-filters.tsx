import Link from "next/link";
import { explorerHref, type ExplorerState } from "@/lib/pledges/explorer-params";
import { chipLabel, filterPhrases, type FilterNames } from "@/lib/pledges/filter-words";

type Chip = { key: string; label: string; href: string };

/** What the list is filtered by, in words, each with a link that removes it. */
export function ActiveFilters({ state, names }: { state: ExplorerState; names: FilterNames }) {
  const chips: Chip[] = filterPhrases(state, names).map((p) => {
    const list = state[p.param];
    const href = Array.isArray(list)
      ? explorerHref(state, {
          [p.param]: (list as string[]).filter((v) => v !== p.value),
          page: null,
        })
      : explorerHref(state, { [p.param]: null, page: null });
    return { key: `${p.param}-${p.value ?? ""}`, label: chipLabel(p), href };
  });
  if (!chips.length) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-1.5">
      {chips.map((c) => (
        <li key={c.key}>
          <Link
            href={c.href}
            className="inline-flex items-center gap-1 rounded-full bg-slate-900 px-2.5 py-0.5 text-xs text-white no-underline hover:bg-slate-700 hover:no-underline"
            aria-label={`Remove filter: ${c.label}`}
          >
            {c.label} <span aria-hidden>×</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
