import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/facts/format";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/server";
import { listReleases } from "@/lib/releases/queries";

export const metadata: Metadata = { title: "Releases" };

export default async function ReleasesPage() {
  const [releases, viewer] = await Promise.all([listReleases(), getViewer()]);
  return (
    <>
      <PageHeader title="Releases">
        Numbered, citable snapshots of the published dataset: each keeps its files exactly as they
        were published, with a changelog. Major releases change the files&apos; fields, minor ones
        add facts, patches correct or retract them.{" "}
        <a href="/feeds/changes.atom">Follow every change (Atom)</a>.
        {can(viewer, "data:publish") && (
          <>
            {" "}
            <Link href="/releases/new">Publish a release</Link>
          </>
        )}
      </PageHeader>
      {releases.length === 0 ? (
        <p className="text-slate-600">No release has been published yet.</p>
      ) : (
        <ul className="space-y-3">
          {releases.map((r) => (
            <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="font-semibold">
                <Link href={`/releases/${r.version}`}>v{r.version}</Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">{r.note}</p>
              <p className="mt-1 text-xs text-slate-500">Published {formatDate(r.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
