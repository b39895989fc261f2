/**
 * Atom (RFC 4287) documents for the change feeds. Ids are URNs built from the audit
 * entry's id, so an entry keeps its id whatever address the site is reached at.
 */
import { TYPE_WORDS } from "@/lib/releases/changelog";
import type { FeedEntry } from "./queries";

const escape = (s: string) =>
  s
    .replace(
      /[&<>"']/g,
      (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
    )
    // XML 1.0 allows no control characters but tab and line breaks.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");

const KIND_WORDS = { added: "added", changed: "changed", retracted: "retracted" } as const;

/** Where a fact is shown; a retracted one keeps its public history page. */
export function factPath(e: Pick<FeedEntry, "type" | "entityId" | "kind">): string {
  if (e.kind === "retracted") return `/history/${e.type}/${encodeURIComponent(e.entityId)}`;
  switch (e.type) {
    case "Pledge":
      return `/pledges/${encodeURIComponent(e.entityId)}`;
    case "Condition":
      return `/conditions/${encodeURIComponent(e.entityId)}`;
    case "Country":
      return `/countries/${encodeURIComponent(e.entityId)}`;
    case "Source":
      return `/sources/${encodeURIComponent(e.entityId)}`;
    case "Event":
      return `/events/${encodeURIComponent(e.entityId)}`;
    case "Requirement":
      return "/capability";
    default:
      return `/history/${e.type}/${encodeURIComponent(e.entityId)}`;
  }
}

export function citationPath(c: NonNullable<FeedEntry["citation"]>) {
  return `/sources/${encodeURIComponent(c.sourceId)}${c.citationId ? `#citation-${c.citationId}` : ""}`;
}

export const entryTitle = (e: FeedEntry) =>
  `${TYPE_WORDS[e.type] ?? e.type} ${KIND_WORDS[e.kind]}: ${e.label}`;

function entrySummary(e: FeedEntry): string {
  const lines = [
    ...e.changes,
    e.kind === "retracted"
      ? `Retracted${e.reason ? `: ${e.reason}` : "."}`
      : e.reason
        ? `Reason: ${e.reason}`
        : null,
    e.citation ? `Source: ${e.citation.sourceTitle} — “${e.citation.quote}”` : null,
    e.happenedOn ? `Happened ${e.happenedOn.toISOString().slice(0, 10)}` : "Date not stated",
  ];
  return lines.filter(Boolean).join("\n");
}

export type FeedMeta = {
  id: string;
  title: string;
  selfPath: string;
  pagePath: string;
  origin: string;
};

export function atomFeed(meta: FeedMeta, entries: FeedEntry[]): string {
  const abs = (path: string) => `${meta.origin}${path}`;
  // A feed with nothing in it yet is "updated" at a fixed moment, so it does not change on every request.
  const updated = (entries[0]?.at ?? new Date(0)).toISOString();
  const items = entries.map((e) => {
    const links = [
      `<link rel="alternate" type="text/html" href="${escape(abs(factPath(e)))}"/>`,
      e.citation
        ? `<link rel="related" type="text/html" title="${escape(`Source: ${e.citation.sourceTitle}`)}" href="${escape(abs(citationPath(e.citation)))}"/>`
        : "",
      `<link rel="via" type="text/html" title="History" href="${escape(abs(`/history/${e.type}/${encodeURIComponent(e.entityId)}`))}"/>`,
    ].filter(Boolean);
    return [
      "  <entry>",
      `    <id>urn:guarantor:change:${e.id}</id>`,
      `    <title>${escape(entryTitle(e))}</title>`,
      `    <updated>${e.at.toISOString()}</updated>`,
      `    <published>${e.at.toISOString()}</published>`,
      ...links.map((l) => `    ${l}`),
      `    <category term="${e.kind}" label="${KIND_WORDS[e.kind]}"/>`,
      `    <summary type="text">${escape(entrySummary(e))}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escape(meta.id)}</id>`,
    `  <title>${escape(meta.title)}</title>`,
    `  <updated>${updated}</updated>`,
    "  <author><name>Guarantor</name></author>",
    `  <link rel="self" type="application/atom+xml" href="${escape(abs(meta.selfPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(abs(meta.pagePath))}"/>`,
    "  <generator>Guarantor</generator>",
    ...items,
    "</feed>",
    "",
  ].join("\n");
}

export const ATOM_TYPE = "application/atom+xml; charset=utf-8";
