import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { API_BASE, endpoints } from "@/lib/api/endpoints";
import { DATASET_LICENCE, DATASET_PROVENANCE } from "@/lib/exports/notice";
import { PUBLIC_CACHE_CONTROL } from "@/lib/page-cache/cache-control";
import { anchorOf, EndpointCard } from "./endpoint-card";

export const metadata: Metadata = { title: "API and downloads" };

const ERROR_EXAMPLE = `HTTP/1.1 400 Bad Request
{ "error": { "status": 400,
    "message": "Invalid parameter \\"limit\\": Expected a whole number from 1 to 500",
    "issues": [{ "parameter": "limit", "message": "Expected a whole number from 1 to 500" }] } }`;

/** The origin as the reader reached us, so curl lines can be pasted as they are. */
async function origin() {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export default async function ApiDocsPage() {
  const base = await origin();
  const tags = [...new Set(endpoints.map((e) => e.tag))];
  return (
    <>
      <PageHeader title="API and downloads">
        Everything on this site is open to read as JSON, download as CSV or Excel, or take whole as
        one file. Read-only, no key needed, any origin may call it. The machine-readable description
        is <a href={`${API_BASE}/openapi.json`}>{API_BASE}/openapi.json</a> (OpenAPI 3.1).
      </PageHeader>
      <div className="mb-8 grid items-start gap-4 md:grid-cols-3">
        <Card title="Whole dataset">
          <p className="text-sm text-slate-600">
            Every published fact, with its quotes and the full text of each source.
          </p>
          <a href={`${API_BASE}/dump.json`} className="mt-2 inline-block font-medium">
            Download JSON
          </a>
        </Card>
        <Card title="Pledges as a spreadsheet">
          <p className="text-sm text-slate-600">
            One row per pledge, with what blocks it, its sources and quotes. Add the pledge filters
            to the address to export a view.
          </p>
          <p className="mt-2 space-x-4 font-medium">
            <a href={`${API_BASE}/pledges/export?format=csv`}>CSV</a>
            <a href={`${API_BASE}/pledges/export?format=xlsx`}>Excel (XLSX)</a>
          </p>
        </Card>
        <Card title="Endpoints">
          <ul className="space-y-1 text-sm">
            {endpoints.map((e) => (
              <li key={e.operationId}>
                <a href={`#${anchorOf(e)}`} className="font-mono">
                  {e.path}
                </a>
              </li>
            ))}
          </ul>
        </Card>
      </div>

      <Card title="How it behaves" className="mb-8">
        <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
          <li>
            <strong>Pages.</strong> Lists answer <code>{"{ data: [...], nextCursor }"}</code>. Ask
            for the next page with <code>?cursor=</code> and the <code>nextCursor</code> you got,
            until it is <code>null</code>. <code>limit</code> is 1 to 500 (default 50). The order is
            fixed, so pages never overlap or skip.
          </li>
          <li>
            <strong>Filters.</strong> Lists take values separated by commas (
            <code>domain=AIR,MARITIME</code>): a pledge matches any of them. Different filters all
            apply. The pledge filters are those of the <Link href="/pledges">pledge list</Link>.
          </li>
          <li>
            <strong>Caching.</strong> Responses carry a weak <code>ETag</code>; send it back as{" "}
            <code>If-None-Match</code> and an unchanged answer is a bodiless <code>304</code>.{" "}
            <code>Cache-Control: {PUBLIC_CACHE_CONTROL}</code>: a CDN may keep an answer a second
            and serve it stale while it asks again.
          </li>
          <li>
            <strong>Errors</strong> are JSON with a proper status: 400 for a bad or unknown
            parameter (the message names it), 404 for an unknown id, 405 for any write.
            <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100 max-sm:whitespace-pre-wrap max-sm:[overflow-wrap:anywhere]">
              {ERROR_EXAMPLE}
            </pre>
          </li>
          <li>
            <strong>What is in it.</strong> {DATASET_PROVENANCE}
          </li>
          <li>
            <strong>Reuse.</strong> {DATASET_LICENCE}
          </li>
        </ul>
      </Card>

      {tags.map((tag) => (
        <section key={tag} className="mb-8" aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`} className="mb-3 text-xl font-semibold text-slate-900">
            {tag}
          </h2>
          <div className="space-y-4">
            {endpoints
              .filter((e) => e.tag === tag)
              .map((e) => (
                <EndpointCard key={e.operationId} endpoint={e} origin={base} />
              ))}
          </div>
        </section>
      ))}
    </>
  );
}
