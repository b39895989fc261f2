/**
 * The release's tables: one CSV per entity, flattened from the dump (the JSON API's
 * shapes). Each column has a Frictionless field type, so datapackage.json describes
 * exactly what the files hold. Pledges reuse the exports' columns.
 */
import type { ApiCoalition } from "@/lib/api/dump-schema";
import type { ApiCondition, ApiCountry, ApiEvent, ApiSource } from "@/lib/api/schemas";
import type { ApiPledge } from "@/lib/pledges/api-schema";
import { JOINER, pledgeColumns } from "@/lib/pledges/export-columns";
import {
  CONDITION_CATEGORIES,
  CONDITION_STATUSES,
  DOMAINS,
  EVENT_KINDS,
  POSTURES,
} from "@/lib/labels";

export type FieldType = "string" | "number" | "integer" | "boolean" | "date";
type Cell = string | number | boolean | null;
export type TableColumn<T> = {
  header: string;
  width: number;
  type: FieldType;
  description?: string;
  value: (row: T) => Cell;
};

type Cited = { citations: { quote: string; source: { id: string; title: string } }[] };
const join = (values: string[]) => values.join(JOINER);
const text = <T>(header: string, value: (row: T) => string | null, width = 20): TableColumn<T> => ({
  header,
  width,
  type: "string",
  value,
});

function citedColumns<T extends Cited>(): TableColumn<T>[] {
  return [
    text("source_ids", (r) => join(r.citations.map((c) => c.source.id)), 24),
    text("source_titles", (r) => join(r.citations.map((c) => c.source.title)), 40),
    text("quotes", (r) => join(r.citations.map((c) => c.quote)), 80),
  ];
}

const pledges: TableColumn<ApiPledge>[] = pledgeColumns
  .filter((c) => c.header !== "publication") // a release holds published facts only
  .map((c) => ({
    header: c.header,
    width: c.width,
    type: c.type ?? "string",
    value: (p: ApiPledge) => c.value({ ...p, published: true }),
  }));

const countries: TableColumn<ApiCountry>[] = [
  text("code", (c) => c.code, 6),
  text("alpha3", (c) => c.alpha3, 6),
  text("numeric", (c) => c.numeric, 6),
  text("name", (c) => c.name),
  { header: "eu_member", width: 8, type: "boolean", value: (c) => c.euMember },
  { header: "nato_member", width: 8, type: "boolean", value: (c) => c.natoMember },
  text("region", (c) => c.region),
  text("coalition_member", (c) => join(c.memberships.map((m) => (m.isMember ? "yes" : "no"))), 8),
  text("posture", (c) => join(c.memberships.map((m) => POSTURES[m.posture].label))),
  text("posture_code", (c) => join(c.memberships.map((m) => m.posture))),
  text("summary", (c) => join(c.memberships.map((m) => m.summary)), 60),
  text(
    "conditions_in_own_words",
    (c) =>
      join(c.memberships.flatMap((m) => (m.conditionsInOwnWords ? [m.conditionsInOwnWords] : []))),
    60,
  ),
  { header: "pledge_count", width: 8, type: "integer", value: (c) => c.pledgeCount },
  ...citedColumns<Cited>().map((col) => ({
    ...col,
    value: (c: ApiCountry) => col.value({ citations: c.memberships.flatMap((m) => m.citations) }),
  })),
];

const conditions: TableColumn<ApiCondition>[] = [
  text("slug", (c) => c.slug),
  text("name", (c) => c.name, 30),
  text("description", (c) => c.description, 60),
  text("category", (c) => CONDITION_CATEGORIES[c.category].label),
  text("category_code", (c) => c.category),
  text("status", (c) => CONDITION_STATUSES[c.status].label),
  text("status_code", (c) => c.status),
  text("evidence", (c) => c.evidence, 60),
  { header: "sort_order", width: 6, type: "integer", value: (c) => c.sortOrder },
  { header: "pledge_count", width: 8, type: "integer", value: (c) => c.pledgeCount },
  ...citedColumns<ApiCondition>(),
];

const events: TableColumn<ApiEvent>[] = [
  text("id", (e) => e.id, 24),
  text("kind", (e) => EVENT_KINDS[e.kind].label),
  text("kind_code", (e) => e.kind),
  text("title", (e) => e.title, 40),
  text("summary", (e) => e.summary, 60),
  { header: "occurred_on", width: 12, type: "date", value: (e) => e.occurredOn },
  { header: "sequence", width: 6, type: "integer", value: (e) => e.sequence },
  text("location", (e) => e.location),
  text("dispute_note", (e) => e.disputeNote, 30),
  text("country_codes", (e) => join(e.countries)),
  text("condition_codes", (e) => join(e.conditions), 30),
  ...citedColumns<ApiEvent>(),
];

const sources: TableColumn<ApiSource>[] = [
  text("id", (s) => s.id, 24),
  text("title", (s) => s.title, 40),
  text("publisher", (s) => s.publisher),
  { header: "published_on", width: 12, type: "date", value: (s) => s.publishedOn },
  text("url", (s) => s.url, 40),
  text("file_name", (s) => s.fileName),
  text("sha256", (s) => s.sha256, 64),
  { header: "citation_count", width: 8, type: "integer", value: (s) => s.citations.length },
];

type Figure = ApiCoalition["figures"][number] & { coalition: string };
type Requirement = ApiCoalition["requirements"][number] & { coalition: string };

const figures: TableColumn<Figure>[] = [
  text("id", (f) => f.id, 24),
  text("coalition", (f) => f.coalition),
  text("label", (f) => f.label, 40),
  text("qualifier", (f) => f.qualifier),
  { header: "value", width: 10, type: "number", value: (f) => f.value },
  text("unit", (f) => f.unit),
  ...citedColumns<Figure>(),
];

const requirements: TableColumn<Requirement>[] = [
  text("id", (r) => r.id, 24),
  text("coalition", (r) => r.coalition),
  text("domain", (r) => DOMAINS[r.domain].label),
  text("domain_code", (r) => r.domain),
  text("description", (r) => r.description, 60),
  { header: "quantity", width: 10, type: "number", value: (r) => r.quantity },
  text("unit", (r) => r.unit),
  ...citedColumns<Requirement>(),
];

export type Dump = {
  generatedAt: string;
  licence: string;
  provenance: string;
  coalitions: ApiCoalition[];
  countries: ApiCountry[];
  conditions: ApiCondition[];
  pledges: ApiPledge[];
  events: ApiEvent[];
  sources: ApiSource[];
};

export type Table = {
  name: string;
  title: string;
  columns: TableColumn<never>[];
  rows: (dump: Dump) => unknown[];
};

const table = <T>(
  name: string,
  title: string,
  columns: TableColumn<T>[],
  rows: (dump: Dump) => T[],
): Table => ({ name, title, columns, rows }) as unknown as Table;

/** Every table of a release, in the order the files and the workbook's sheets list them. */
export const RELEASE_TABLES: Table[] = [
  table("pledges", "Pledges", pledges, (d) => d.pledges),
  table("countries", "Countries", countries, (d) => d.countries),
  table("conditions", "Conditions", conditions, (d) => d.conditions),
  table("events", "Events", events, (d) => d.events),
  table("sources", "Sources", sources, (d) => d.sources),
  table("figures", "Headline figures", figures, (d) =>
    d.coalitions.flatMap((c) => c.figures.map((f) => ({ ...f, coalition: c.slug }))),
  ),
  table("requirements", "Capability needs", requirements, (d) =>
    d.coalitions.flatMap((c) => c.requirements.map((r) => ({ ...r, coalition: c.slug }))),
  ),
];

/** The cells of one row, in column order. */
export const cellsOf = (t: Table, row: unknown) =>
  t.columns.map((c) => (c.value as (r: unknown) => Cell)(row));
