import { beforeAll, describe, expect, it } from "vitest";
import * as detail from "@/app/api/v1/pledges/[id]/route";
import * as pledges from "@/app/api/v1/pledges/route";
import { makeCoalition, makeCondition, makeCountry, makeSource } from "../support/factory";
import { call, makeApiPledge, makeDraftSource, unpublish } from "../support/factory-api";

type Body = {
  data: { id: string; blockedBy: string[]; citations: { quote: string }[] }[];
  nextCursor: string | null;
};

const get = (url: string, init?: RequestInit) => call(pledges.GET, url, { init });
const ids = async (query: string) => {
  const res = await get(`/api/v1/pledges?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as Body).data.map((p) => p.id).sort();
};

let fr: string, gb: string, unmet: string, met: string, draftCondition: string;
const p: Record<string, string> = {};

beforeAll(async () => {
  const coalition = await makeCoalition();
  fr = (await makeCountry()).code;
  gb = (await makeCountry()).code;
  const source = await makeSource("France will send troops. Britain will patrol the sea.");
  const draftSource = await makeDraftSource();
  unmet = (await makeCondition({ status: "NOT_MET" })).slug;
  met = (await makeCondition({ status: "MET" })).slug;
  draftCondition = (await makeCondition({ status: "NOT_MET" })).slug;
  await unpublish("condition", draftCondition);
  const make = async (
    key: string,
    opts: Omit<Parameters<typeof makeApiPledge>[0], "coalitionSlug">,
  ) => (p[key] = (await makeApiPledge({ coalitionSlug: coalition, ...opts })).id);
  await make("frLand", {
    countryCode: fr,
    domain: "LAND_FORCES",
    status: "CONDITIONAL",
    description: "Troops for a reassurance force, 100% French",
    announcedOn: "2026-01-06",
    conditions: [unmet, met],
    citations: [
      { sourceId: source.id, quote: "France will send troops." },
      { sourceId: draftSource.id, quote: "unchecked words" },
    ],
  });
  await make("gbSea", {
    countryCode: gb,
    domain: "MARITIME",
    announcedOn: "2026-02-01",
    conditions: [met],
  });
  await make("anonAir", {
    countryCode: null,
    domain: "AIR",
    disclosure: "UNDISCLOSED",
    conditions: [draftCondition],
  });
  await make("draft", {
    countryCode: fr,
    domain: "LAND_FORCES",
    published: false,
    internalNote: "do not show",
  });
});

describe("GET /api/v1/pledges filters", () => {
  it("returns published pledges only, with blockers and published citations", async () => {
    expect(await ids("")).toEqual([p.frLand, p.gbSea, p.anonAir].sort());
    const body = (await (await get(`/api/v1/pledges?country=${fr}`)).json()) as Body;
    expect(body.data).toHaveLength(1);
    expect(body.data[0]!.blockedBy).toEqual([unmet]);
    expect(body.data[0]!.citations.map((c) => c.quote)).toEqual(["France will send troops."]);
    expect(JSON.stringify(body)).not.toMatch(/internalNote|do not show|unchecked words|"version"/);
  });

  it("matches the explorer's filters: lists, undisclosed, condition, blocked, text and dates", async () => {
    expect(await ids(`country=${fr},undisclosed`)).toEqual([p.frLand, p.anonAir].sort());
    expect(await ids(`country=${gb.toLowerCase()}`)).toEqual([p.gbSea]);
    expect(await ids("domain=AIR&domain=MARITIME")).toEqual([p.gbSea, p.anonAir].sort());
    expect(await ids("status=CONDITIONAL")).toEqual([p.frLand]);
    expect(await ids("disclosure=UNDISCLOSED")).toEqual([p.anonAir]);
    expect(await ids(`condition=${met}`)).toEqual([p.frLand, p.gbSea].sort());
    expect(await ids(`condition=${draftCondition}`)).toEqual([]);
    expect(await ids(`condition=${unmet},${met}`)).toEqual([p.frLand, p.gbSea].sort());
    // With conditions, "blocked" is the explorer's "blocked by one of these".
    expect(await ids(`condition=${unmet}&blocked=1`)).toEqual([p.frLand]);
    expect(await ids(`condition=${met}&blocked=true`)).toEqual([]);
    // A draft condition blocks nothing the public can see.
    expect(await ids("blocked=true")).toEqual([p.frLand]);
    expect(await ids("blocked=false")).toEqual([p.frLand, p.gbSea, p.anonAir].sort());
    expect(await ids("q=REASSURANCE")).toEqual([p.frLand]);
    // % and _ are literal characters, not wildcards.
    expect(await ids("q=100%25")).toEqual([p.frLand]);
    expect(await ids("q=_")).toEqual([]);
    expect(await ids("from=2026-01-07")).toEqual([p.gbSea]);
    expect(await ids("from=2026-01-06&to=2026-01-06")).toEqual([p.frLand]);
    expect(await ids(`country=${fr}&domain=MARITIME`)).toEqual([]);
    // Empty values, as an empty <select> submits them, mean "no filter".
    expect(await ids("domain=&q=&blocked=")).toHaveLength(3);
  });

  it("pages with an opaque cursor in a stable id order", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/api/v1/pledges?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      const body = (await res.json()) as Body;
      expect(body.data.length).toBeLessThanOrEqual(1);
      seen.push(...body.data.map((d) => d.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([p.frLand, p.gbSea, p.anonAir].sort());
    const all = (await (await get("/api/v1/pledges?limit=500")).json()) as Body;
    expect(all.nextCursor).toBeNull();
  });
});

describe("GET /api/v1/pledges errors", () => {
  it.each([
    ["limit=0", "limit"],
    ["limit=501", "limit"],
    ["limit=ten", "limit"],
    ["domain=AIR,NAVY", "domain"],
    ["status=announced", "status"],
    ["country=FRA", "country"],
    ["blocked=maybe", "blocked"],
    ["from=2026-13-01", "from"],
    ["from=2026-02-01&to=2026-01-01", "to"],
    ["cursor=bm9wZQ", "cursor"],
    ["domian=AIR", "domian"],
    ["limit=1&limit=2", "limit"],
    ["q=a%00b", "q"],
  ])("?%s is a 400 naming %s", async (query, parameter) => {
    const res = await get(`/api/v1/pledges?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const { error } = (await res.json()) as {
      error: { status: number; message: string; issues: { parameter: string }[] };
    };
    expect(error.status).toBe(400);
    expect(error.message).toContain(`"${parameter}"`);
    expect(error.issues.map((i) => i.parameter)).toContain(parameter);
  });

  it("a pledge by id; drafts and unknown ids are 404", async () => {
    const ok = await call(detail.GET, `/api/v1/pledges/${p.frLand}`, { params: { id: p.frLand! } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { id: string }).id).toBe(p.frLand);
    const nul = await call(detail.GET, "/api/v1/pledges/x", { params: { id: "a\0b" } });
    expect(nul.status).toBe(400);
    for (const id of [p.draft!, "no-such-pledge"]) {
      const res = await call(detail.GET, `/api/v1/pledges/${id}`, { params: { id } });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(id);
    }
  });
});

describe("HTTP behaviour", () => {
  it("sends a weak ETag and answers If-None-Match with 304", async () => {
    const first = await get("/api/v1/pledges");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toBe(
      "public, max-age=0, s-maxage=1, stale-while-revalidate=59",
    );
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = await get("/api/v1/pledges", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await get("/api/v1/pledges?domain=AIR", { headers: { "If-None-Match": etag } });
    expect(other.status).toBe(200);
  });

  it("answers preflights and refuses writes with a JSON 405", async () => {
    const preflight = await pledges.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    for (const write of [pledges.POST, pledges.PUT, pledges.PATCH, pledges.DELETE]) {
      const res = await write(
        new Request("http://x/api/v1/pledges", { method: "POST", body: "{}" }),
      );
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(((await res.json()) as { error: { status: number } }).error.status).toBe(405);
    }
  });
});
