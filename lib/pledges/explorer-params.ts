/**
 * The pledge explorer's URL: one set of nuqs parsers read by the server page (first
 * render, no JavaScript needed) and written by the client controls, so a view is
 * always a bookmarkable URL. Older links keep working: `?domain=AIR`, `?blocked=1`,
 * `?country=undisclosed`; lists are comma-separated (`domain=AIR,MARITIME`), and a
 * plain GET form's repeated keys (`domain=AIR&domain=MARITIME`) mean the same.
 * Shared by server and client: no server-only imports here.
 */
import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsInteger,
  parseAsNumberLiteral,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";
import { dayProblem } from "@/lib/dates/schema";
import { DISCLOSURES, DOMAINS, parseKey, PLEDGE_STATUSES, type Meaning } from "@/lib/labels";
import { toPledgeFilter as fromParams } from "@/lib/pledges/filter-schema";
import { isSafeText } from "@/lib/security/safe-text";
import type { PageRequest, PledgeSort } from "@/lib/pledges/explorer-queries";
import type { PledgeFilter } from "@/lib/pledges/where";
import { parseCountryCode, parseSlug } from "@/lib/codes";

export const PLEDGE_SORTS = [
  "country",
  "domain",
  "status",
  "disclosure",
  "announced",
] as const satisfies readonly PledgeSort[];
export const PAGE_SIZES = [25, 50, 100] as const;
export const PLEDGE_COLUMNS = [
  "country",
  "domain",
  "description",
  "status",
  "disclosure",
  "conditions",
  "announced",
  "quantity",
] as const;
export type PledgeColumn = (typeof PLEDGE_COLUMNS)[number];
/** The columns shown when the URL names none; the sources date nothing, so no date column. */
export const DEFAULT_COLUMNS: PledgeColumn[] = PLEDGE_COLUMNS.filter(
  (c) => c !== "announced" && c !== "quantity",
);

const countryCode = createParser({
  parse: (v) => (v === "undisclosed" ? v : parseCountryCode(v)),
  serialize: (v: string) => v,
});
const slug = createParser({
  parse: (v) => parseSlug(v),
  serialize: (v: string) => v,
});
/** `blocked=1` (the dashboard's links) or `blocked=true`; written as `1`. */
const flag = createParser({
  parse: (v): boolean | null => (v === "1" || v === "true" ? true : null),
  serialize: () => "1",
});
/** A real date (lib/dates/schema.ts), never rolled over: 2026-02-31 is no date. */
const isoDay = createParser({
  parse: (v) => (dayProblem(v) ? null : new Date(`${v}T00:00:00Z`)),
  serialize: (d: Date) => d.toISOString().slice(0, 10),
  eq: (a, b) => a.getTime() === b.getTime(),
});
/** One of a label table's values, in any case (`air` is AIR); written as the code. */
const labelKey = <K extends string>(table: Record<K, Meaning>) =>
  createParser({ parse: (v) => parseKey(table, v), serialize: (v: K) => v });
const text = createParser({
  // Text the database cannot search for (a NUL) is unreadable, so ignored like any other.
  parse: (v) => (isSafeText(v) ? v.trim().slice(0, 200) || null : null),
  serialize: (v: string) => v,
});

export const explorerParsers = {
  country: parseAsArrayOf(countryCode).withDefault([]),
  domain: parseAsArrayOf(labelKey(DOMAINS)).withDefault([]),
  status: parseAsArrayOf(labelKey(PLEDGE_STATUSES)).withDefault([]),
  disclosure: parseAsArrayOf(labelKey(DISCLOSURES)).withDefault([]),
  condition: parseAsArrayOf(slug).withDefault([]),
  blocked: flag.withDefault(false),
  q: text,
  from: isoDay,
  to: isoDay,
  sort: parseAsStringLiteral(PLEDGE_SORTS).withDefault("country"),
  dir: parseAsStringLiteral(["asc", "desc"] as const).withDefault("asc"),
  page: parseAsInteger.withDefault(1),
  size: parseAsNumberLiteral(PAGE_SIZES).withDefault(25),
  cols: parseAsArrayOf(parseAsStringLiteral(PLEDGE_COLUMNS)),
};

export type ExplorerState = inferParserType<typeof explorerParsers>;
/** The keys that narrow the list (changing one goes back to page 1). */
export const FILTER_KEYS = [
  "country",
  "domain",
  "status",
  "disclosure",
  "condition",
  "blocked",
  "q",
  "from",
  "to",
] as const;

const load = createLoader(explorerParsers);
type RawParams = Record<string, string | string[] | undefined>;

/** The URL as one comma-joined string per key (repeated keys and lists alike), empty values dropped. */
export function flattenParams(params: RawParams | URLSearchParams): Record<string, string> {
  const flat: Record<string, string> = {};
  const entries =
    params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    const values = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === "string" && v !== "",
    );
    if (values.length)
      flat[key] = flat[key] ? `${flat[key]},${values.join(",")}` : values.join(",");
  }
  return flat;
}

export function loadExplorerParams(params: RawParams | URLSearchParams): ExplorerState {
  const state = load(flattenParams(params));
  // The description is always shown, so whether the URL names it does not matter.
  const optional = (cols: readonly string[]) =>
    [...new Set(cols)]
      .filter((c) => c !== "description")
      .sort()
      .join();
  const defaultCols = state.cols !== null && optional(state.cols) === optional(DEFAULT_COLUMNS);
  return { ...state, page: Math.max(1, state.page), cols: defaultCols ? null : state.cols };
}

/**
 * A plain form's submission (repeated keys, empty fields) is not the URL the client
 * reads (nuqs takes the first of repeated keys): such a request is sent on to the
 * canonical URL, where server and client agree. Returns that URL, or null.
 */
export function canonicalExplorerHref(params: RawParams): string | null {
  const values = Object.values(params);
  const untidy = values.some((v) => Array.isArray(v) || v === "");
  return untidy ? explorerHref(loadExplorerParams(params), {}) : null;
}

/** The filter the queries take: the same reading as the API's (lib/pledges/filter-schema.ts). */
export function toPledgeFilter(s: ExplorerState): PledgeFilter {
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : undefined);
  return fromParams({
    country: s.country,
    domain: s.domain,
    status: s.status,
    disclosure: s.disclosure,
    condition: s.condition,
    blocked: s.blocked,
    q: s.q ?? undefined,
    from: day(s.from),
    to: day(s.to),
  });
}

export function toPageRequest(s: ExplorerState): PageRequest {
  return { sort: s.sort, dir: s.dir, page: s.page, pageSize: s.size };
}

export function visibleColumns(s: Pick<ExplorerState, "cols">): PledgeColumn[] {
  const chosen = s.cols ?? DEFAULT_COLUMNS;
  // The description names the pledge and carries its link: it is always shown.
  return PLEDGE_COLUMNS.filter((c) => c === "description" || chosen.includes(c));
}

const serialize = createSerializer(explorerParsers);

/** The explorer's URL for a state changed by `patch` (defaults are left out). */
export function explorerHref(
  state: ExplorerState,
  patch: Partial<{ [K in keyof ExplorerState]: ExplorerState[K] | null }>,
) {
  return serialize("/pledges", { ...state, ...patch });
}

export function hasFilters(s: ExplorerState) {
  return FILTER_KEYS.some((k) => {
    const v = s[k];
    return Array.isArray(v) ? v.length > 0 : Boolean(v);
  });
}

export type ExportFormat = "csv" | "xlsx";

/**
 * The download of the view's pledges: every pledge its filters match (not only this
 * page), with all columns, sources and quotes. The export reads the same parameters.
 */
export function exportHref(state: ExplorerState, format: ExportFormat) {
  const filters = serialize({
    ...state,
    sort: null,
    dir: null,
    page: null,
    size: null,
    cols: null,
  });
  return `/api/v1/pledges/export?format=${format}${filters ? `&${filters.slice(1)}` : ""}`;
}
