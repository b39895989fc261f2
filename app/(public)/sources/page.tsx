import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, plural } from "@/components/facts/format";
import { PageHeader } from "@/components/ui/page-header";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/server";
import { listSources } from "@/lib/sources/queries";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const viewer = await getViewer();
  const sources = await listSources({ viewer: visibilityFor(viewer) });
  return (
    <>
      <PageHeader title="Sources">
        Every fact in Guarantor cites one of these, with a verbatim quote.
        {can(viewer, "data:write") && (
          <>
            {" "}
            <Link href="/edit/sources/new">Add a source</Link>
          </>
        )}
      </PageHeader>
      <ul className="space-y-3">
        {sources.map((s) => (
          <li key={s.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="font-semibold">
              <Link href={`/sources/${s.id}`}>{s.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-slate-500">
              {s.publisher ?? "Publisher not stated"} ·{" "}
              {s.publishedOn
                ? `published ${formatDate(s.publishedOn)}`
                : "publication date not stated"}{" "}
              · {plural(s._count.citations, "citation")}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
