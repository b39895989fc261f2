import { citationBacks } from "@/lib/labels";
import type { CitationView } from "@/lib/sources/select";

/** The quotes behind a fact, folded by default; works without JavaScript. */
export function Citations({ items, open = false }: { items: CitationView[]; open?: boolean }) {
  if (!items.length) return <p className="text-xs text-rose-700">No citation recorded.</p>;
  return (
    <details className="quotes mt-2 text-sm" open={open}>
      <summary>
        {items.length === 1 ? "Source and quote" : `Sources and quotes (${items.length})`}
      </summary>
      <ul className="mt-2 space-y-2">
        {items.map((c) => (
          <li key={c.id}>
            <q>{c.quote}</q>
            <div>
              <Backs field={c.field} />
              {/* A full page load, so the quote's mark becomes :target and is highlighted. */}
              <a href={`/sources/${c.source.id}#citation-${c.id}`}>{c.source.title}</a>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** "Backs: status and description —", or nothing when the quote backs the whole fact. */
export function Backs({ field }: { field: string | null }) {
  const backs = citationBacks(field);
  return backs ? <span className="mr-1">Backs: {backs} —</span> : null;
}
