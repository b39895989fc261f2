import "server-only";
/**
 * The tracker as it stood at the end of a past day, rebuilt from the audit log
 * (lib/changes/replay.ts) into the same shapes the live queries return, so the same
 * pages and components render it. Read-only by construction: nothing here writes.
 */
import { dataVersion } from "@/lib/data-version";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  ConditionCategory,
  ConditionStatus,
  Disclosure,
  EventKind,
  PledgeDomain,
  PledgeStatus,
  Posture,
} from "@/lib/generated/prisma/enums";
import type { getDashboard } from "@/lib/dashboard/queries";
import { DOMAINS, keysOf } from "@/lib/labels";
import { COUNTRY_PLEDGE_LIMIT, type CountryDetail } from "@/lib/countries/queries";
import type { ConditionDetail } from "@/lib/conditions/queries";
import type { EventView } from "@/lib/events/queries";
import type { PledgeView } from "@/lib/pledges/queries";
import type { CitationView } from "@/lib/sources/select";
import type { Visibility } from "@/lib/visibility";
import type { AsOf } from "@/lib/dates/as-of";
import { datasetAt, type Dataset } from "@/lib/changes/replay";
import { CITATION_KEY } from "@/lib/changes/write";
import type { Snapshot } from "@/lib/changes/snapshot";

type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

const str = (v: Prisma.JsonValue | undefined) => (v === null || v === undefined ? null : String(v));
const dec = (v: Prisma.JsonValue | undefined) => (v === null || v === undefined ? null : new Prisma.Decimal(String(v)));
const date = (v: Prisma.JsonValue | undefined) => (v ? new Date(String(v).length === 10 ? `${v}T00:00:00Z` : String(v)) : null);
const list = (v: Prisma.JsonValue | undefined) => (Array.isArray(v) ? v.map(String) : []);

/** The dataset at a page's `?asOf=` moment (lib/dates/as-of.ts reads and checks it). */
export async function loadAsOf(asOf: AsOf): Promise<Dataset> {
  return loadDatasetAt(asOf.at);
}

// The last few rebuilt moments. Rebuilding replays the history (seconds and a few hundred
// MB at 100k pledges), and a frozen share link rebuilds the same moment for every reader.
const DATASETS_KEPT = 2;
const datasets = new Map<string, Promise<Dataset>>();

/**
 * The dataset as it stood at `at`, from the history. A moment in the past cannot change
 * (history is append-only), so it is kept as it is; a moment still to come (today's
 * "as of") is kept only while the data version stays the same.
 */
export async function loadDatasetAt(at: Date): Promise<Dataset> {
  const key = at.getTime() < Date.now() ? at.toISOString() : `${at.toISOString()}@${await dataVersion()}`;
  let hit = datasets.get(key);
  if (hit) datasets.delete(key); // re-inserted below: most recently used last
  else {
    hit = datasetAt(db, at);
    hit.catch(() => datasets.delete(key));
  }
  datasets.set(key, hit);
  while (datasets.size > DATASETS_KEPT) datasets.delete(datasets.keys().next().value!);
  return hit;
}

function visible(s: Snapshot | undefined, visibility: Visibility): s is Snapshot {
  return !!s && (visibility === "internal" || s.published !== false);
}

/** The citation columns that point at a fact (one is set per citation). */
const CITATION_KEYS = Object.values(CITATION_KEY);

// Each dataset's citations, grouped by the fact they back ("pledgeId:p-1"), built once:
// scanning every citation for every fact took seconds for a country at 100k pledges.
const citationIndex = new WeakMap<Dataset, Map<string, Snapshot[]>>();

function citationsOf(ds: Dataset, key: string, id: string): CitationView[] {
  let index = citationIndex.get(ds);
  if (!index) {
    index = new Map();
    for (const c of ds.Citation.values()) {
      // As the live pages: quotes from published sources only.
      if (ds.Source.get(String(c.sourceId))?.published === false) continue;
      for (const k of CITATION_KEYS) {
        if (c[k] === null || c[k] === undefined) continue;
        const group = `${k}:${String(c[k])}`;
        const list = index.get(group);
        if (list) list.push(c);
        else index.set(group, [c]);
      }
    }
    citationIndex.set(ds, index);
  }
  return (index.get(`${key}:${id}`) ?? [])
    .slice()
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((c) => ({
      id: String(c.id),
      quote: String(c.quote),
      field: str(c.field),
      source: { id: String(c.sourceId), title: str(ds.Source.get(String(c.sourceId))?.title) ?? String(c.sourceId) },
    }));
}

function countryRef(ds: Dataset, code: Prisma.JsonValue | undefined) {
  const c = code ? ds.Country.get(String(code)) : undefined;
  return c ? { code: String(c.code), name: String(c.name) } : null;
}

function pledgeView(ds: Dataset, s: Snapshot, visibility: Visibility): PledgeView {
  return {
    id: String(s.id),
    domain: s.domain as PledgeDomain,
    description: String(s.description),
    quantity: dec(s.quantity),
    unit: str(s.unit),
    amount: dec(s.amount),
    currency: str(s.currency),
    status: s.status as PledgeStatus,
    disclosure: s.disclosure as Disclosure,
    disputeNote: str(s.disputeNote),
    pledgerNote: str(s.pledgerNote),
    announcedOn: date(s.announcedOn),
    effectiveOn: date(s.effectiveOn),
    published: s.published !== false,
    version: Number(s.version ?? 1),
    internalNote: visibility === "internal" ? str(s.internalNote) : null,
    country: countryRef(ds, s.countryCode),
    conditions: list(s.conditionSlugs)
      .map((slug) => ds.Condition.get(slug))
      .filter((c): c is Snapshot => visible(c, visibility))
      .sort((a, b) => Number(a.sortOrder) - Number(b.sortOrder))
      .map((c) => ({ condition: { slug: String(c.slug), name: String(c.name), status: c.status as ConditionStatus, published: c.published !== false } })),
    citations: citationsOf(ds, "pledgeId", String(s.id)),
  };
}

function eventView(ds: Dataset, s: Snapshot, visibility: Visibility): EventView {
  return {
    id: String(s.id),
    kind: s.kind as EventKind,
    title: String(s.title),
    summary: String(s.summary),
    occurredOn: date(s.occurredOn),
    sequence: Number(s.sequence ?? 0),
    location: str(s.location),
    disputeNote: str(s.disputeNote),
    published: s.published !== false,
    version: Number(s.version ?? 1),
    internalNote: visibility === "internal" ? str(s.internalNote) : null,
    countries: list(s.countryCodes).flatMap((code) => {
      const c = countryRef(ds, code);
      return c ? [{ country: c }] : [];
    }),
    conditions: list(s.conditionSlugs)
      .map((slug) => ds.Condition.get(slug))
      .filter((c): c is Snapshot => visible(c, visibility))
      .map((c) => ({ condition: { slug: String(c.slug), name: String(c.name), published: c.published !== false } })),
    citations: citationsOf(ds, "eventId", String(s.id)),
  };
}

function byEventOrder(a: EventView, b: EventView) {
  const at = a.occurredOn?.getTime() ?? -Infinity;
  const bt = b.occurredOn?.getTime() ?? -Infinity;
  return at !== bt ? bt - at : a.sequence - b.sequence;
}

function pledgesOf(ds: Dataset, visibility: Visibility) {
  return [...ds.Pledge.values()].filter((p) => visible(p, visibility));
}

export function dashboardAt(ds: Dataset, visibility: Visibility): Dashboard {
  const coalition = [...ds.Coalition.values()][0];
  const pledges = pledgesOf(ds, visibility);
  const count = <K extends string>(key: string) => {
    const m = new Map<K, number>();
    for (const p of pledges) m.set(p[key] as K, (m.get(p[key] as K) ?? 0) + 1);
    return m;
  };
  const conditions = [...ds.Condition.values()].filter((c) => visible(c, visibility)).sort((a, b) => Number(a.sortOrder) - Number(b.sortOrder));
  const memberships = [...ds.Membership.values()]
    .filter((m) => visible(m, visibility))
    .map((m) => ({ posture: m.posture as Posture, isMember: m.isMember === true, country: countryRef(ds, m.countryCode)! }))
    .filter((m) => m.country)
    .sort((a, b) => a.country.name.localeCompare(b.country.name));
  const figures = [...ds.HeadlineFigure.values()]
    .filter((f) => f.coalitionSlug === coalition?.slug)
    .sort((a, b) => Number(a.sortOrder) - Number(b.sortOrder))
    .map((f) => ({ id: String(f.id), label: String(f.label), qualifier: str(f.qualifier), value: dec(f.value)!, unit: String(f.unit), citations: citationsOf(ds, "figureId", String(f.id)) }));
  const pledgedDomains = count<PledgeDomain>("domain");
  const postureGroups = new Map<Posture, { code: string; name: string; isMember: boolean }[]>();
  for (const m of memberships) postureGroups.set(m.posture, [...(postureGroups.get(m.posture) ?? []), { ...m.country, isMember: m.isMember }]);
  const ready = figures.find((f) => f.id === "ready-to-deploy");
  const leaders = figures.find((f) => f.id === "leaders-met");
  const named = memberships.filter((m) => m.isMember);
  return {
    coalition: coalition
      ? { slug: String(coalition.slug), name: String(coalition.name), description: String(coalition.description), citations: citationsOf(ds, "coalitionSlug", String(coalition.slug)), figures }
      : null,
    ready: ready ? { total: Number(ready.value), named: named.filter((m) => m.posture === "COMMITTED").map((m) => m.country) } : null,
    members: leaders ? { total: Number(leaders.value), named: named.length } : null,
    byDomain: [...pledgedDomains].map(([domain, c]) => ({ domain, count: c })),
    byStatus: [...count<PledgeStatus>("status")].map(([status, c]) => ({ status, count: c })),
    totalPledges: pledges.length,
    undisclosedPledges: pledges.filter((p) => !p.countryCode).length,
    conditions: conditions.map((c) => ({
      slug: String(c.slug),
      name: String(c.name),
      status: c.status as ConditionStatus,
      category: c.category as ConditionCategory,
      _count: { pledges: pledges.filter((p) => list(p.conditionSlugs).includes(String(c.slug))).length },
    })),
    postureGroups,
    requirements: [...ds.Requirement.values()]
      .filter((r) => visible(r, visibility))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)))
      .map((r) => ({ id: String(r.id), domain: r.domain as PledgeDomain, description: String(r.description), citations: citationsOf(ds, "requirementId", String(r.id)), pledged: pledgedDomains.get(r.domain as PledgeDomain) ?? 0 })),
  };
}

export function eventsAt(ds: Dataset, visibility: Visibility, limit?: number): EventView[] {
  return [...ds.Event.values()].filter((e) => visible(e, visibility)).map((e) => eventView(ds, e, visibility)).sort(byEventOrder).slice(0, limit);
}

export function countryAt(ds: Dataset, code: string, visibility: Visibility): CountryDetail | null {
  const c = ds.Country.get(code.toUpperCase());
  if (!c) return null;
  const memberships = [...ds.Membership.values()]
    .filter((m) => m.countryCode === c.code && visible(m, visibility))
    .map((m) => ({
      id: String(m.id),
      isMember: m.isMember === true,
      posture: m.posture as Posture,
      summary: String(m.summary),
      conditionsInOwnWords: str(m.conditionsInOwnWords),
      published: m.published !== false,
      version: Number(m.version ?? 1),
      internalNote: visibility === "internal" ? str(m.internalNote) : null,
      citations: citationsOf(ds, "membershipId", String(m.id)),
    }));
  const own = pledgesOf(ds, visibility).filter((p) => p.countryCode === c.code);
  // The database's order: domains as declared (the enum's order), then id.
  const domainOrder = keysOf(DOMAINS);
  const views = own
    .map((p) => pledgeView(ds, p, visibility))
    .sort((a, b) => domainOrder.indexOf(a.domain) - domainOrder.indexOf(b.domain) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    code: String(c.code),
    alpha3: String(c.alpha3),
    name: String(c.name),
    region: String(c.region),
    euMember: c.euMember === true,
    natoMember: c.natoMember === true,
    memberships,
    pledges: views.slice(0, COUNTRY_PLEDGE_LIMIT),
    _count: { pledges: own.length },
    domains: domainOrder.flatMap((domain) => {
      const count = views.filter((p) => p.domain === domain).length;
      return count ? [{ domain, count }] : [];
    }),
    blocking: [...ds.Condition.values()]
      .filter((c) => visible(c, visibility) && c.status !== "MET")
      .sort((a, b) => Number(a.sortOrder) - Number(b.sortOrder))
      .filter((c) => views.some((p) => p.conditions.some((x) => x.condition.slug === c.slug)))
      .map((c) => ({ slug: String(c.slug), name: String(c.name) })),
    events: eventsAt(ds, visibility)
      .filter((e) => e.countries.some((x) => x.country.code === c.code))
      .map((event) => ({ event })),
  };
}

export function conditionAt(ds: Dataset, slug: string, visibility: Visibility): ConditionDetail | null {
  const c = ds.Condition.get(slug);
  if (!visible(c, visibility)) return null;
  const pledges = pledgesOf(ds, visibility).filter((p) => list(p.conditionSlugs).includes(slug)).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const events = eventsAt(ds, visibility).filter((e) => e.conditions.some((x) => x.condition.slug === slug));
  return {
    slug: String(c.slug),
    name: String(c.name),
    description: String(c.description),
    category: c.category as ConditionCategory,
    status: c.status as ConditionStatus,
    evidence: String(c.evidence),
    published: c.published !== false,
    version: Number(c.version ?? 1),
    internalNote: visibility === "internal" ? str(c.internalNote) : null,
    _count: { pledges: pledges.length, events: events.length },
    citations: citationsOf(ds, "conditionSlug", slug),
    pledges: pledges.map((p) => ({ pledge: pledgeView(ds, p, visibility) })),
    events: events.map((event) => ({ event })),
  };
}

/** Every pledge as it stood in the dataset. */
export function pledgesAt(ds: Dataset, visibility: Visibility): PledgeView[] {
  return pledgesOf(ds, visibility).map((p) => pledgeView(ds, p, visibility));
}
