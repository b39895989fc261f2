import "server-only";
/**
 * The tracker as it stood at a past moment, rebuilt from the audit log (lib/changes/replay.ts).
 * This is the entity-blind part: the kept datasets, what a viewer may see of a snapshot,
 * and a fact's citations. Each entity turns its snapshots into the shapes its live read
 * returns in its own room (`lib/<entity>/as-of.ts`), so the same pages render both.
 * Read-only by construction: nothing here writes.
 */
import { dataVersion } from "@/lib/data-version";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CitationView } from "@/lib/sources/select";
import type { Visibility } from "@/lib/visibility";
import type { AsOf } from "@/lib/dates/as-of";
import { datasetAt, type Dataset } from "@/lib/changes/replay";
import { CITATION_KEY } from "@/lib/changes/write";
import type { Snapshot } from "@/lib/changes/snapshot";

export type { Dataset, Snapshot };

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
  const key =
    at.getTime() < Date.now() ? at.toISOString() : `${at.toISOString()}@${await dataVersion()}`;
  let hit = datasets.get(key);
  if (hit)
    datasets.delete(key); // re-inserted below: most recently used last
  else {
    hit = datasetAt(db, at);
    hit.catch(() => datasets.delete(key));
  }
  datasets.set(key, hit);
  while (datasets.size > DATASETS_KEPT) datasets.delete(datasets.keys().next().value!);
  return hit;
}

/** Whether the viewer may see the record as it stood (the public: published ones only). */
export function visible(s: Snapshot | undefined, visibility: Visibility): s is Snapshot {
  return !!s && (visibility === "internal" || s.published !== false);
}

/** The link lists a snapshot keeps (a pledge's `conditionSlugs`, an event's `countryCodes`). */
export const listOf = (v: Prisma.JsonValue | undefined) => (Array.isArray(v) ? v.map(String) : []);

/** The citation columns that point at a fact (one is set per citation). */
const CITATION_KEYS = Object.values(CITATION_KEY);

// Each dataset's citations, grouped by the fact they back ("pledgeId:p-1"), built once:
// scanning every citation for every fact took seconds for a country at 100k pledges.
const citationIndex = new WeakMap<Dataset, Map<string, Snapshot[]>>();

/** A fact's citations as they stood, as the live pages show them (quotes from published sources only). */
export function citationsOf(ds: Dataset, key: string, id: string): CitationView[] {
  let index = citationIndex.get(ds);
  if (!index) {
    index = new Map();
    for (const c of ds.Citation.values()) {
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
      field: c.field === null || c.field === undefined ? null : String(c.field),
      source: {
        id: String(c.sourceId),
        title: String(ds.Source.get(String(c.sourceId))?.title ?? c.sourceId),
      },
    }));
}

/** A country's code and name as they stood, or null. */
export function countryRef(ds: Dataset, code: Prisma.JsonValue | undefined) {
  const c = code ? ds.Country.get(String(code)) : undefined;
  return c ? { code: String(c.code), name: String(c.name) } : null;
}
