import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/components/facts/format";
import { ChangelogList } from "@/components/releases/changelog-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DATASET_LICENCE } from "@/lib/exports/notice";
import { countKinds } from "@/lib/releases/changelog";
import { citationOf } from "@/lib/releases/mutations";
import { getRelease } from "@/lib/releases/queries";
import { publicOrigin } from "@/lib/site/origin";

type Props = { params: Promise<{ version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { version } = await params;
  return { title: `Release ${version}` };
}

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} kB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const FILE_WORDS: Record<string, string> = {
  "datapackage.json": "Data package descriptor (Frictionless): fields, licence, sources, hashes",
  "dataset.json": "The whole dataset as JSON, source texts included",
};

export default async function ReleasePage({ params }: Props) {
  const { version } = await params;
  const release = await getRelease(version);
  if (!release) notFound();
  const url = `${await publicOrigin()}/releases/${release.version}`;
  const counts = countKinds(release.changelog);
  const fileHref = (name: string) => `/releases/${release.version}/files/${name}`;
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/releases">Releases</Link>}
        title={`Guarantor dataset v${release.version}`}
      >
        <p>{release.note}</p>
        <p className="mt-2 text-sm text-slate-500">
          Published {formatDate(release.createdAt)} · the published data as it stood at{" "}
          {release.snapshotAt.toISOString().slice(0, 16).replace("T", " ")} UTC · {counts.added}{" "}
          added, {counts.changed} changed, {counts.retracted} retracted
          {release.previous ? (
            <>
              {" "}
              since <Link href={`/releases/${release.previous}`}>v{release.previous}</Link>
            </>
          ) : (
            " (the first release)"
          )}
        </p>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title="Changelog">
          <ChangelogList items={release.changelog} />
        </Card>
        <div className="space-y-6">
          <Card title="Cite this release">
            <p
              className="rounded-md bg-slate-50 p-3 font-mono text-sm text-slate-800"
              data-testid="citation"
            >
              {citationOf(release.version, release.createdAt, url)}
            </p>
            <p className="mt-2 text-xs text-slate-500">
              Fingerprint (SHA-256 of every file&apos;s hash):{" "}
              <code className="break-all">{release.sha256}</code>
            </p>
          </Card>
          <Card title="Downloads">
            <ul className="space-y-2 text-sm">
              {release.files.map((f) => (
                <li key={f.name}>
                  <a href={fileHref(f.name)} download>
                    {f.name}
                  </a>{" "}
                  <span className="text-slate-500">· {size(f.bytes)}</span>
                  {FILE_WORDS[f.name] && (
                    <div className="text-xs text-slate-500">{FILE_WORDS[f.name]}</div>
                  )}
                </li>
              ))}
            </ul>
            <p className="mt-3 text-xs text-slate-500">
              The same data from the API: add <code>?release={release.version}</code> to any{" "}
              <Link href="/api-docs">API</Link> call, e.g.{" "}
              <a href={`/api/v1/pledges?release=${release.version}`}>
                /api/v1/pledges?release={release.version}
              </a>{" "}
              or{" "}
              <a href={`/api/v1/pledges/export?release=${release.version}&format=xlsx`}>
                the pledges as XLSX
              </a>
              .
            </p>
          </Card>
          <Card title="Licence" id="licence">
            <p className="text-sm text-slate-600">{DATASET_LICENCE}</p>
          </Card>
        </div>
      </div>
    </>
  );
}
