import Link from "next/link";
import { Backs } from "@/components/citations/citations";
import { Card } from "@/components/ui/card";
import type { FactCitation } from "@/lib/citations/queries";
import type { FormAction } from "@/lib/forms/form-state";
import { RemoveCitationForm } from "./remove-citation-form";

/**
 * An edit page's list of the fact's quotes, each removable with a reason. New quotes come
 * with an edit (the form's citation fields). The last quote stays: every fact cites a source.
 * The page reads the quotes (lib/citations/queries.ts) and passes the removal action.
 */
export function CitationsEditor({
  citations,
  removeAction,
}: {
  citations: FactCitation[];
  removeAction: FormAction;
}) {
  return (
    <Card title={`Sources and quotes (${citations.length})`}>
      {citations.length === 0 ? (
        <p className="text-sm text-slate-600">
          No quote backs this fact yet: cite one when you save a change above.
        </p>
      ) : (
        <ul className="space-y-4">
          {citations.map((c) => (
            <li key={c.id} className="border-l-2 border-slate-300 pl-3 text-sm">
              <q className="italic text-slate-800">{c.quote}</q>
              <div className="mt-1 text-xs text-slate-500">
                <Backs field={c.field} />
                <Link href={`/sources/${c.source.id}#citation-${c.id}`}>{c.source.title}</Link>
                {!c.source.published && " (draft source: not shown to the public)"}
              </div>
              {citations.length > 1 ? (
                <RemoveCitationForm action={removeAction} citationId={c.id} />
              ) : (
                <p className="mt-1 text-xs text-slate-500">
                  The only quote: add the right one before removing this.
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
