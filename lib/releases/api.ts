import "server-only";
/**
 * The API and exports pinned to a release (`?release=1.2.0`): the answers come from the
 * release's stored dataset, never from the live tables, with the same filters, shapes
 * and pagination as the live API.
 */
import { ApiError, notFound } from "@/lib/api/errors";
import type { ApiPledge } from "@/lib/pledges/api-schema";
import type { PledgeFilter } from "@/lib/pledges/queries";
import type { Dump } from "./columns";
import { listReleaseVersions, loadReleaseDump } from "./queries";

/** The release's dataset, or a 404 that says which releases exist. */
export async function requireReleaseDump(version: string): Promise<Dump> {
  const dump = await loadReleaseDump(version);
  if (dump) return dump;
  const known = await listReleaseVersions();
  throw new ApiError(
    404,
    `Release "${version}" not found: ${known.length ? `published releases are ${known.join(", ")}` : "no release has been published yet"}.`,
  );
}

const any = <T>(list: readonly T[] | undefined | null, value: T) =>
  !list?.length || list.includes(value);
const inRange = (date: string | null, from?: string | null, to?: string | null) =>
  (!from && !to) || (!!date && (!from || date >= from) && (!to || date <= to));

/** The live API's pledge filter (pledgeWhere), applied to a release's pledges. */
export function matchesPledge(p: ApiPledge, f: PledgeFilter): boolean {
  const slugs = p.conditions.map((c) => c.slug);
  return (
    (!f.country || (f.country === "undisclosed" ? !p.country : p.country?.code === f.country)) &&
    any(f.countries, p.country?.code ?? "undisclosed") &&
    (!f.domain || p.domain === f.domain) &&
    any(f.domains, p.domain) &&
    (!f.status || p.status === f.status) &&
    any(f.statuses, p.status) &&
    (!f.disclosure || p.disclosure === f.disclosure) &&
    any(f.disclosures, p.disclosure) &&
    (!f.condition || slugs.includes(f.condition)) &&
    (!f.blocked || p.blockedBy.length > 0) &&
    (!f.conditions?.length || slugs.some((s) => f.conditions!.includes(s))) &&
    (!f.blockedBy?.length || p.blockedBy.some((s) => f.blockedBy!.includes(s))) &&
    (!f.q || p.description.toLowerCase().includes(f.q.toLowerCase())) &&
    inRange(p.announcedOn, f.from, f.to)
  );
}

type Query = Record<string, unknown>;
const list = (q: Query, key: string) => q[key] as string[] | undefined;

/** Each collection's filters, as the live API applies them. */
const filters = {
  pledges: (d: Dump, _q: Query, f?: PledgeFilter) =>
    d.pledges.filter((p) => matchesPledge(p, f ?? {})),
  countries: (d: Dump, q: Query) =>
    d.countries.filter(
      (c) =>
        (!list(q, "posture")?.length ||
          c.memberships.some((m) => list(q, "posture")!.includes(m.posture))) &&
        (q.member === undefined || c.memberships.some((m) => m.isMember) === q.member) &&
        (q.eu === undefined || c.euMember === q.eu) &&
        (q.nato === undefined || c.natoMember === q.nato),
    ),
  conditions: (d: Dump, q: Query) =>
    d.conditions.filter(
      (c) => any(list(q, "status"), c.status) && any(list(q, "category"), c.category),
    ),
  events: (d: Dump, q: Query) =>
    d.events.filter(
      (e) =>
        any(list(q, "kind"), e.kind) &&
        (!list(q, "country")?.length || e.countries.some((c) => list(q, "country")!.includes(c))) &&
        (!q.condition || e.conditions.includes(String(q.condition))) &&
        inRange(e.occurredOn, q.from as string | undefined, q.to as string | undefined),
    ),
  sources: (d: Dump) =>
    d.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      publishedOn: s.publishedOn,
      url: s.url,
      fileName: s.fileName,
      sha256: s.sha256,
      citationCount: s.citations.length,
    })),
};

export type ReleaseCollection = keyof typeof filters;

function offsetOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  const n = Number(Buffer.from(cursor, "base64url").toString("utf8").replace(/^o:/, ""));
  if (
    !/^o:\d{1,9}$/.test(Buffer.from(cursor, "base64url").toString("utf8")) ||
    !Number.isSafeInteger(n)
  ) {
    throw new ApiError(400, `Invalid parameter "cursor": not a cursor this list gave`, [
      { parameter: "cursor", message: "not a cursor this list gave" },
    ]);
  }
  return n;
}

/** One page of a release's collection: `{ data, nextCursor }`, like the live lists. */
export async function listFromRelease(
  collection: ReleaseCollection,
  version: string,
  query: Query,
  page: { cursor?: string; limit: number },
  pledgeFilter?: PledgeFilter,
) {
  const rows: unknown[] = filters[collection](
    await requireReleaseDump(version),
    query,
    pledgeFilter,
  );
  const start = offsetOf(page.cursor);
  const data = rows.slice(start, start + page.limit);
  const end = start + data.length;
  return {
    data,
    nextCursor: end < rows.length ? Buffer.from(`o:${end}`).toString("base64url") : null,
  };
}

const keyOf: Record<ReleaseCollection, (row: Record<string, unknown>) => string> = {
  pledges: (r) => String(r.id),
  countries: (r) => String(r.code),
  conditions: (r) => String(r.slug),
  events: (r) => String(r.id),
  sources: (r) => String(r.id),
};

/** One item of a release; a 404 naming the release when it did not hold it. */
export async function getFromRelease(
  collection: ReleaseCollection,
  version: string,
  key: string,
  what: string,
) {
  const dump = await requireReleaseDump(version);
  const rows = dump[collection] as unknown as Record<string, unknown>[];
  const item = rows.find((r) => keyOf[collection](r) === key);
  if (!item) throw notFound(`${what} "${key}" in release ${version}`);
  return item;
}

export async function releasePledges(version: string, filter: PledgeFilter) {
  return (await requireReleaseDump(version)).pledges.filter((p) => matchesPledge(p, filter));
}
