import { beforeAll, describe, expect, it } from "vitest";
import * as condition from "@/app/api/v1/conditions/[slug]/route";
import * as conditions from "@/app/api/v1/conditions/route";
import * as country from "@/app/api/v1/countries/[code]/route";
import * as countries from "@/app/api/v1/countries/route";
import * as events from "@/app/api/v1/events/route";
import * as rest from "@/app/api/v1/[...rest]/route";
import * as source from "@/app/api/v1/sources/[id]/route";
import * as sources from "@/app/api/v1/sources/route";
import { db } from "@/lib/db";
import {
  makeCoalition,
  makeCondition,
  makeCountry,
  makeEvent,
  makeSource,
  sharedSourceId,
} from "../support/factory";
import { call, makeApiPledge, makeDraftSource, unpublish } from "../support/factory-api";

type Page<T> = { data: T[]; nextCursor: string | null };
const json = async <T>(res: Response | Promise<Response>) => {
  const r = await res;
  expect(r.status, await r.clone().text()).toBe(200);
  return (await r.json()) as T;
};

let coalition: string;
let member: { code: string }, opponent: { code: string }, bystander: { code: string };

beforeAll(async () => {
  coalition = await makeCoalition();
  member = await makeCountry({ posture: "COMMITTED", coalitionSlug: coalition });
  opponent = await makeCountry({ posture: "OPPOSED", coalitionSlug: coalition, isMember: false });
  bystander = await makeCountry();
  await makeApiPledge({ coalitionSlug: coalition, countryCode: member.code });
  await makeApiPledge({ coalitionSlug: coalition, countryCode: member.code, published: false });
});

describe("countries", () => {
  it("lists countries in code order with published postures and pledge counts, filtered", async () => {
    const all = await json<
      Page<{ code: string; pledgeCount: number; memberships: { posture: string }[] }>
    >(call(countries.GET, "/api/v1/countries"));
    expect(all.data.map((c) => c.code)).toEqual(
      [member.code, opponent.code, bystander.code].sort(),
    );
    expect(all.data.find((c) => c.code === member.code)?.pledgeCount).toBe(1);
    const codes = async (q: string) =>
      (await json<Page<{ code: string }>>(call(countries.GET, `/api/v1/countries?${q}`))).data.map(
        (c) => c.code,
      );
    expect(await codes("posture=OPPOSED")).toEqual([opponent.code]);
    expect(await codes("member=true")).toEqual([member.code]);
    expect(await codes("member=false")).toEqual([opponent.code, bystander.code].sort());
    const membership = await db.membership.findFirstOrThrow({
      where: { countryCode: member.code },
    });
    await unpublish("membership", membership.id);
    expect(await codes("posture=COMMITTED")).toEqual([]);
    await db.membership.update({ where: { id: membership.id }, data: { published: true } });
  });

  it("one country by code, either case; an unrecorded real country answers with its name; ZZ is a 404 and a malformed code a 400", async () => {
    const fr = await json<{ code: string; memberships: unknown[] }>(
      call(country.GET, "/x", { params: { code: member.code.toLowerCase() } }),
    );
    expect(fr.code).toBe(member.code);
    expect(fr.memberships).toHaveLength(1);
    const missing = await call(country.GET, "/api/v1/countries/ZZ", { params: { code: "ZZ" } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { status: 404, message: 'Country "ZZ" not found' },
    });
    // A real country no source names: its reference data, nothing recorded (as its page says).
    const poland = await call(country.GET, "/api/v1/countries/pl", { params: { code: "pl" } });
    expect(poland.status).toBe(200);
    expect(await poland.json()).toEqual({
      code: "PL",
      alpha3: "POL",
      numeric: "616",
      name: "Poland",
      euMember: null,
      natoMember: null,
      region: null,
      memberships: [],
      pledgeCount: 0,
    });
    const bad = await call(country.GET, "/api/v1/countries/FRA", { params: { code: "FRA" } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain(
      '"code"',
    );
  });
});

describe("conditions and events", () => {
  it("lists published conditions in the site's order, filtered by status", async () => {
    const a = await makeCondition({ status: "MET" });
    const b = await makeCondition({ status: "NOT_MET" });
    const hidden = await makeCondition();
    await unpublish("condition", hidden.slug);
    await db.condition.update({ where: { slug: a.slug }, data: { sortOrder: 2 } });
    const page = await json<Page<{ slug: string }>>(call(conditions.GET, "/api/v1/conditions"));
    expect(page.data.map((c) => c.slug)).toEqual([b.slug, a.slug]);
    const met = await json<Page<{ slug: string }>>(
      call(conditions.GET, "/api/v1/conditions?status=MET"),
    );
    expect(met.data.map((c) => c.slug)).toEqual([a.slug]);
    const res = await call(condition.GET, "/x", { params: { slug: hidden.slug } });
    expect(res.status).toBe(404);
  });

  it("pages the timeline newest first, undated events after in the sources' order", async () => {
    const jan = await makeEvent({ occurredOn: new Date("2026-01-05"), countries: [member.code] });
    const feb = await makeEvent({ occurredOn: new Date("2026-02-05") });
    const second = await makeEvent({ sequence: 2 });
    const first = await makeEvent({ sequence: 1, countries: [member.code] });
    const draft = await makeEvent({ sequence: 0 });
    await unpublish("event", draft.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<{ id: string }> = await json(
        call(events.GET, `/api/v1/events?limit=1${cursor ? `&cursor=${cursor}` : ""}`),
      );
      seen.push(...page.data.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([feb.id, jan.id, first.id, second.id]);
    const mine = await json<Page<{ id: string }>>(
      call(events.GET, `/api/v1/events?country=${member.code}`),
    );
    expect(mine.data.map((e) => e.id)).toEqual([jan.id, first.id]);
    const dated = await json<Page<{ id: string }>>(
      call(events.GET, "/api/v1/events?from=2026-01-01&to=2026-01-31"),
    );
    expect(dated.data.map((e) => e.id)).toEqual([jan.id]);
  });
});

describe("sources", () => {
  it("lists published sources; one source has its text and only citations of published facts", async () => {
    const text = "Testland will send ten engineers. Testland drafts a plan.";
    const sharedSource = await sharedSourceId();
    const src = await makeSource(text);
    const draftSource = await makeDraftSource();
    await makeApiPledge({
      coalitionSlug: coalition,
      citations: [{ sourceId: src.id, quote: "ten engineers" }],
    });
    await makeApiPledge({
      coalitionSlug: coalition,
      published: false,
      citations: [{ sourceId: src.id, quote: "drafts a plan" }],
    });
    const list = await json<Page<{ id: string; citationCount: number }>>(
      call(sources.GET, "/api/v1/sources"),
    );
    // Besides the builders' shared source, which the coalition's citation made.
    const own = list.data.filter((s) => s.id !== sharedSource);
    expect(own.map((s) => s.id)).toEqual([src.id]);
    expect(own[0]?.citationCount).toBe(1);
    expect(JSON.stringify(list)).not.toContain(text);
    const one = await json<{
      text: string;
      citations: { quote: string; fact: { type: string } }[];
    }>(call(source.GET, "/x", { params: { id: src.id } }));
    expect(one.text).toBe(text);
    expect(one.citations.map((c) => [c.quote, c.fact.type])).toEqual([["ten engineers", "pledge"]]);
    const hidden = await call(source.GET, "/x", { params: { id: draftSource.id } });
    expect(hidden.status).toBe(404);
  });
});

it("any other path below /api/v1 is a JSON 404; writes there are a JSON 405", async () => {
  const res = await call(rest.GET, "/api/v1/nothing/here", { params: {} });
  expect(res.status).toBe(404);
  expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
    "/api/v1/nothing/here",
  );
  const write = await rest.DELETE(new Request("http://x/api/v1/nothing", { method: "DELETE" }));
  expect(write.status).toBe(405);
});
