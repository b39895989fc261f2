import type { ExportPledge } from "./api";
import { DISCLOSURES, DOMAINS, PLEDGE_STATUSES } from "@/lib/labels";

export type Column = {
  header: string;
  /** Spreadsheet width, in characters. */
  width: number;
  /** Dates are YYYY-MM-DD strings; the XLSX writer makes them date cells. */
  type?: "date" | "number";
  value: (p: ExportPledge) => string | number | null;
};

/** Several values in one cell, in a stable order (titles and quotes line up). */
export const JOINER = " | ";
const join = (values: string[]) => values.join(JOINER);

/** "Draft" for a record only signed-in viewers see (the public's files hold none). */
export const publicationLabel = (published: boolean) => (published ? "Published" : "Draft");

/**
 * One row per pledge: the JSON API's pledge, flattened. People read the words the site
 * shows ("Land forces", "Conditional", "US backstop"); each such column has a `_code`
 * twin with the value the API and the filters use (LAND_FORCES, CONDITIONAL, us-backstop).
 */
export const pledgeColumns: Column[] = [
  { header: "id", width: 24, value: (p) => p.id },
  { header: "publication", width: 11, value: (p) => publicationLabel(p.published) },
  { header: "country_code", width: 8, value: (p) => p.country?.code ?? null },
  { header: "country", width: 18, value: (p) => p.country?.name ?? null },
  { header: "pledger_note", width: 24, value: (p) => p.pledgerNote },
  { header: "domain", width: 18, value: (p) => DOMAINS[p.domain].label },
  { header: "domain_code", width: 14, value: (p) => p.domain },
  { header: "description", width: 60, value: (p) => p.description },
  { header: "quantity", width: 10, type: "number", value: (p) => p.quantity },
  { header: "unit", width: 10, value: (p) => p.unit },
  { header: "amount", width: 14, type: "number", value: (p) => p.amount },
  { header: "currency", width: 8, value: (p) => p.currency },
  { header: "status", width: 12, value: (p) => PLEDGE_STATUSES[p.status].label },
  { header: "status_code", width: 12, value: (p) => p.status },
  { header: "disclosure", width: 12, value: (p) => DISCLOSURES[p.disclosure].label },
  { header: "disclosure_code", width: 12, value: (p) => p.disclosure },
  { header: "dispute_note", width: 30, value: (p) => p.disputeNote },
  { header: "announced_on", width: 12, type: "date", value: (p) => p.announcedOn },
  { header: "effective_on", width: 12, type: "date", value: (p) => p.effectiveOn },
  { header: "effective_until", width: 12, type: "date", value: (p) => p.effectiveUntil },
  { header: "conditions", width: 30, value: (p) => join(p.conditions.map((c) => c.name)) },
  { header: "condition_codes", width: 30, value: (p) => join(p.conditions.map((c) => c.slug)) },
  {
    header: "blocked_by",
    width: 30,
    value: (p) => join(p.conditions.filter((c) => p.blockedBy.includes(c.slug)).map((c) => c.name)),
  },
  { header: "blocked_by_codes", width: 30, value: (p) => join(p.blockedBy) },
  { header: "source_ids", width: 24, value: (p) => join(p.citations.map((c) => c.source.id)) },
  {
    header: "source_titles",
    width: 40,
    value: (p) => join(p.citations.map((c) => c.source.title)),
  },
  { header: "quotes", width: 80, value: (p) => join(p.citations.map((c) => c.quote)) },
];
