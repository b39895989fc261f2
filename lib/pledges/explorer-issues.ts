/**
 * What the explorer could not read in its URL, said plainly: a value no filter knows
 * (`domain=navy`, `country=ZZ`, `from=yesterday`) is named with its parameter and the
 * values that parameter accepts, instead of being silently dropped (which showed every
 * pledge as if the filter had worked). Case does not matter (`domain=air` is AIR).
 */
import {
  DISCLOSURES,
  DOMAINS,
  PLEDGE_STATUSES,
  acceptedValues,
  parseKey,
  type Meaning,
} from "@/lib/labels";
import {
  flattenParams,
  PAGE_SIZES,
  PLEDGE_COLUMNS,
  PLEDGE_SORTS,
} from "@/lib/pledges/explorer-params";
import { parseCountryCode, parseSlug } from "@/lib/codes";

export type ExplorerIssue = { param: string; values: string[]; message: string };

type Known = {
  countries: { code: string; name: string }[];
  conditions: { slug: string; name: string }[];
};
/** `applied`: an unknown but well-formed value still filters (and matches nothing). */
type Check = {
  unknown: (value: string) => boolean;
  accepted: string;
  applied?: (value: string) => boolean;
};

const isDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

function checks(known: Known): Record<string, Check> {
  const table = (t: Record<string, Meaning>): Check => ({
    unknown: (v) => parseKey(t, v) === null,
    accepted: acceptedValues(t),
  });
  const codes = new Set(known.countries.map((c) => c.code));
  const slugs = new Set(known.conditions.map((c) => c.slug));
  const among = (list: readonly (string | number)[]): Check => ({
    unknown: (v) => !list.map(String).includes(v),
    accepted: list.join(", "),
  });
  return {
    domain: table(DOMAINS),
    status: table(PLEDGE_STATUSES),
    disclosure: table(DISCLOSURES),
    country: {
      unknown: (v) => v !== "undisclosed" && !codes.has(v.toUpperCase()),
      accepted: `${known.countries.map((c) => `${c.name} (${c.code})`).join(", ")}, or undisclosed (no country named)`,
      applied: (v) => parseCountryCode(v) !== null,
    },
    condition: {
      unknown: (v) => !slugs.has(v.toLowerCase()),
      accepted: known.conditions.map((c) => `${c.name} (${c.slug})`).join(", "),
      applied: (v) => parseSlug(v) !== null,
    },
    blocked: among(["1", "true"]),
    from: { unknown: (v) => !isDate(v), accepted: "a date as YYYY-MM-DD" },
    to: { unknown: (v) => !isDate(v), accepted: "a date as YYYY-MM-DD" },
    sort: among(PLEDGE_SORTS),
    dir: among(["asc", "desc"]),
    size: among(PAGE_SIZES),
    cols: among(PLEDGE_COLUMNS),
  };
}

const SINGLE = new Set(["blocked", "from", "to", "sort", "dir", "size"]);

/** One issue per parameter holding values the explorer does not know. */
export function explorerIssues(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
  known: Known,
): ExplorerIssue[] {
  const flat = flattenParams(params);
  const issues: ExplorerIssue[] = [];
  for (const [param, check] of Object.entries(checks(known))) {
    const raw = flat[param];
    if (raw === undefined) continue;
    const values = SINGLE.has(param)
      ? [raw]
      : raw
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean);
    const unknown = values.filter(check.unknown);
    if (unknown.length === 0) continue;
    const said = unknown.map(
      (v) => `“${v}” (${check.applied?.(v) ? "no pledge matches it" : "ignored"})`,
    );
    issues.push({
      param,
      values: unknown,
      message: `${param}: ${said.join(", ")} is not a value it accepts. Accepted values: ${check.accepted}.`,
    });
  }
  return issues;
}
