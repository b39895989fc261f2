import "server-only";
import { listPublicConditions } from "@/lib/conditions/api";
import { listPublicCountries } from "@/lib/countries/api";
import type { ApiCoalition } from "@/lib/api/dump-schema";
import { listPublicEvents } from "@/lib/events/api";
import { listPublicPledges } from "@/lib/pledges/api";
import { decimal, publicCitationSelect } from "@/lib/api/published";
import { listPublicSourcesWithText } from "@/lib/sources/api";
import type { Page } from "@/lib/api/cursor";
import { db } from "@/lib/db";
import { eachPage } from "@/lib/exports/stream";
import { DATASET_LICENCE, DATASET_PROVENANCE } from "@/lib/exports/notice";
import { publishedWhere } from "@/lib/visibility";

const BATCH = 1000;

async function listCoalitions(): Promise<ApiCoalition[]> {
  const rows = await db.coalition.findMany({
    select: {
      slug: true,
      name: true,
      description: true,
      citations: publicCitationSelect,
      figures: {
        select: {
          id: true,
          label: true,
          qualifier: true,
          value: true,
          unit: true,
          sortOrder: true,
          citations: publicCitationSelect,
        },
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      },
      requirements: {
        where: publishedWhere("public"),
        select: {
          id: true,
          domain: true,
          description: true,
          quantity: true,
          unit: true,
          citations: publicCitationSelect,
        },
        orderBy: { id: "asc" },
      },
    },
    orderBy: { slug: "asc" },
  });
  return rows.map((c) => ({
    ...c,
    figures: c.figures.map((f) => ({ ...f, value: Number(f.value.toString()) })),
    requirements: c.requirements.map((r) => ({ ...r, quantity: decimal(r.quantity) })),
  }));
}

const collections: [string, (cursor: string | undefined) => Promise<Page<unknown>>][] = [
  ["countries", (cursor) => listPublicCountries({}, { cursor, limit: BATCH })],
  ["conditions", (cursor) => listPublicConditions({}, { cursor, limit: BATCH })],
  ["pledges", (cursor) => listPublicPledges({}, { cursor, limit: BATCH })],
  ["events", (cursor) => listPublicEvents({}, { cursor, limit: BATCH })],
  ["sources", (cursor) => listPublicSourcesWithText({ cursor, limit: 100 })],
];

/**
 * The whole published dataset as one JSON document, written collection by
 * collection in keyset batches so memory stays flat however large it grows.
 */
export async function* dumpChunks(now = new Date()): AsyncGenerator<string> {
  const head = {
    generatedAt: now.toISOString(),
    licence: DATASET_LICENCE,
    provenance: DATASET_PROVENANCE,
  };
  yield (
    JSON.stringify(head).slice(0, -1) + `,"coalitions":${JSON.stringify(await listCoalitions())}`
  );
  for (const [name, list] of collections) {
    yield `,"${name}":[`;
    let first = true;
    for await (const batch of eachPage(list)) {
      if (batch.length === 0) continue;
      yield (first ? "" : ",") + batch.map((item) => JSON.stringify(item)).join(",");
      first = false;
    }
    yield "]";
  }
  yield "}\n";
}
