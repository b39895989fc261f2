import Link from "next/link";
import { Backs } from "@/components/citations/citations";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RemoveCitationForm } from "./remove-citation-form";

/** Which fact: the citation column that points at it, and its id. */
export type CitedFact = { key: "pledgeId" | "membershipId" | "conditionSlug" | "eventId" | "requirementId" | "figureId" | "provisionId"; id: string };

/**
 * An edit page's list of the fact's quotes, each removable with a reason. New quotes come
 * with an edit (the form's citation fields). The last quote stays: every fact cites a source.
 */
export async function CitationsEditor({ fact }: { fact: CitedFact }) {
  const citations = await db.citation.findMany({
    where: { [fact.key]: fact.id } as Prisma.CitationWhereInput,
    select: { id: true, quote: true, field: true, source: { select: { id: true, title: true, published: true } } },
    orderBy: { id: "asc" },
  });
  return (
    <Card title={`Sources and quotes (${citations.length})`}>
      {citations.length === 0 ? (
        <p className="text-sm text-slate-600">No quote backs this fact yet: cite one when you save a change above.</p>
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
                <RemoveCitationForm citationId={c.id} />
              ) : (
                <p className="mt-1 text-xs text-slate-500">The only quote: add the right one before removing this.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
