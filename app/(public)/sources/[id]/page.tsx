import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditorOnly } from "@/components/auth/editor-only";
import { CiteSelection } from "@/components/citations/cite-selection";
import { HighlightedText } from "@/components/citations/highlighted-text";
import { formatDate, plural } from "@/components/facts/format";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getVisibility } from "@/lib/auth/server";
import { coverageSummary, paragraphCoverage } from "@/lib/citations/coverage";
import { citationBacks } from "@/lib/labels";
import { getSource } from "@/lib/sources/queries";
import { searchFactsAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSource((await params).id, { viewer: await getVisibility() });
  return { title: source ? source.title : "Source not found" };
}

export default async function SourcePage({ params }: Props) {
  const source = await getSource((await params).id, { viewer: await getVisibility() });
  if (!source) notFound();
  const coverage = coverageSummary(paragraphCoverage(source.text, source.citations));
  return (
    <>
      <PageHeader eyebrow={<Link href="/sources">Sources</Link>} title={source.title}>
        {source.publisher ?? "Publisher not stated"} ·{" "}
        {source.publishedOn
          ? `published ${formatDate(source.publishedOn)}`
          : "publication date not stated"}
        {source.url && (
          <>
            {" · "}
            <a href={source.url} rel="noreferrer">
              Original
            </a>
          </>
        )}
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-5">
        <Card
          title={`Facts citing this source (${source.citations.length})`}
          className="lg:col-span-2 lg:self-start"
        >
          <ol className="space-y-3 text-sm">
            {source.citations.map((c, i) => (
              <li key={c.id} className="border-l-2 border-slate-200 pl-3">
                <div className="text-xs font-medium uppercase tracking-wide text-slate-500">
                  {i + 1}. {c.fact.kind}
                  {citationBacks(c.field) && ` · ${citationBacks(c.field)}`}
                </div>
                <Link href={c.fact.href}>{c.fact.label}</Link>
                <p className="mt-0.5 text-slate-600">
                  <a href={`#citation-${c.id}`} className="text-slate-600 italic">
                    “{c.quote}”
                  </a>
                </p>
              </li>
            ))}
          </ol>
        </Card>
        <Card title="Full text" className="lg:col-span-3">
          <p className="mb-4 text-sm text-slate-600" data-testid="coverage">
            {coverage.cited} of {plural(coverage.total, "paragraph")} cited. Cited passages are
            marked, with numbered links to the facts citing them; paragraphs no fact cites have a
            dashed line.
          </p>
          <EditorOnly>
            <CiteSelection
              sourceId={source.id}
              sourceTitle={source.title}
              search={searchFactsAction}
            />
          </EditorOnly>
          <HighlightedText text={source.text} quotes={source.citations} />
          <p className="mt-6 text-xs text-slate-500">
            Stored as {source.fileName ?? "text"} · sha256 {source.sha256.slice(0, 16)}… ·{" "}
            {plural(source.text.length, "character")}
          </p>
        </Card>
      </div>
    </>
  );
}
