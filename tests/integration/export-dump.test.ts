import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import * as dump from "@/app/api/v1/dump.json/route";
import * as exporter from "@/app/api/v1/pledges/export/route";
import { dumpSchema } from "@/lib/api/dump-schema";
import { db } from "@/lib/db";
import {
  cite,
  makeBulkPledges,
  makeCoalition,
  makeCondition,
  makeCountry,
  makeEvent,
  makeSource,
  sharedSourceId,
  uid,
} from "../support/factory";
import { call, makeApiPledge, makeDraftSource, unpublish } from "../support/factory-api";

let coalition: string, source: { id: string; text: string }, draftSource: { id: string };
let country: { code: string },
  pledge: string,
  draftPledge: string,
  draftEvent: string,
  draftCondition: string;
const BULK = 1_050; // more than one export batch (1,000)

beforeAll(async () => {
  coalition = await makeCoalition();
  source = await makeSource("More than 30 countries met. France will send troops.");
  draftSource = await makeDraftSource();
  country = await makeCountry({ posture: "COMMITTED", coalitionSlug: coalition });
  await db.headlineFigure.create({
    data: {
      id: uid("fig"),
      coalitionSlug: coalition,
      label: "countries met",
      qualifier: "more than",
      value: 30,
      unit: "countries",
      citations: { create: [{ sourceId: source.id, quote: "More than 30 countries met" }] },
    },
  });
  await db.requirement.create({
    data: {
      id: uid("req"),
      coalitionSlug: coalition,
      domain: "AIR",
      description: "Air policing",
      citations: await cite(),
    },
  });
  await db.requirement.create({
    data: {
      id: uid("req"),
      coalitionSlug: coalition,
      domain: "AIR",
      description: "Draft need",
      published: false,
    },
  });
  pledge = (
    await makeApiPledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      citations: [
        { sourceId: source.id, quote: "France will send troops" },
        { sourceId: draftSource.id, quote: "unchecked" },
      ],
    })
  ).id;
  draftPledge = (
    await makeApiPledge({ coalitionSlug: coalition, published: false, internalNote: "secret plan" })
  ).id;
  draftEvent = (await makeEvent()).id;
  await unpublish("event", draftEvent);
  draftCondition = (await makeCondition()).slug;
  await unpublish("condition", draftCondition);
});

describe("GET /api/v1/dump.json", () => {
  it("is the whole published dataset with a generatedAt, a licence and provenance", async () => {
    const res = await call(dump.GET, "/api/v1/dump.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /filename="guarantor-dataset-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const text = await res.text();
    const data = dumpSchema.parse(JSON.parse(text));
    expect(Date.now() - Date.parse(data.generatedAt)).toBeLessThan(60_000);
    expect(data.licence).toMatch(/attribution/i);
    expect(data.provenance).toMatch(/Published records only/);

    const [c] = data.coalitions;
    expect(c?.figures.map((f) => [f.qualifier, f.value, f.citations[0]?.quote])).toEqual([
      ["more than", 30, "More than 30 countries met"],
    ]);
    expect(c?.requirements.map((r) => r.description)).toEqual(["Air policing"]);
    expect(data.countries.map((x) => [x.code, x.memberships[0]?.posture])).toEqual([
      [country.code, "COMMITTED"],
    ]);
    expect(data.pledges.map((p) => p.id)).toEqual([pledge]);
    expect(data.pledges[0]?.citations.map((q) => q.quote)).toEqual(["France will send troops"]);
    expect(data.events).toEqual([]);
    expect(data.conditions).toEqual([]);
    // Besides the builders' shared source (cited by the coalition, posture and need).
    const shared = await sharedSourceId();
    const own = data.sources.filter((s) => s.id !== shared);
    expect(own.map((s) => [s.id, s.text])).toEqual([[source.id, source.text]]);
    expect(own[0]?.citations.map((q) => q.fact.type).sort()).toEqual(["figure", "pledge"]);
    for (const hidden of [
      draftPledge,
      draftEvent,
      draftCondition,
      draftSource.id,
      "secret plan",
      "unchecked",
      "Draft need",
      "internalNote",
    ]) {
      expect(text).not.toContain(hidden);
    }
  });
});

describe("large exports", () => {
  it("stream every row once across batch boundaries, in the dump and the CSV", async () => {
    await makeBulkPledges(
      Array.from({ length: BULK }, (_, i) => ({
        id: `bulk-${String(i).padStart(5, "0")}`,
        coalitionSlug: coalition,
        domain: "LOGISTICS" as const,
        description: `Bulk pledge ${i}`,
        status: "ANNOUNCED" as const,
        disclosure: "UNDISCLOSED" as const,
      })),
    );
    const data = dumpSchema.parse(await (await call(dump.GET, "/api/v1/dump.json")).json());
    const ids = data.pledges.map((p) => p.id);
    expect(ids).toHaveLength(BULK + 1);
    expect(new Set(ids).size).toBe(BULK + 1);

    const csv = await (await call(exporter.GET, "/api/v1/pledges/export?domain=LOGISTICS")).text();
    const rows = Papa.parse<{ id: string }>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.id)).toEqual(
      Array.from({ length: BULK }, (_, i) => `bulk-${String(i).padStart(5, "0")}`),
    );
  });
});
