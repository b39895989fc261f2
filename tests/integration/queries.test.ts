import { describe, expect, it } from "vitest";
import { getCondition, listConditions } from "@/lib/conditions/queries";
import { COUNTRY_PLEDGES_PER_DOMAIN, getCountry, listCountries } from "@/lib/countries/queries";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/queries";
import { EVENTS_PAGE_SIZE, getEvent, listEventPage, listEvents } from "@/lib/events/queries";
import { listPledges } from "@/lib/pledges/queries";
import { getSource } from "@/lib/sources/queries";
import {
  makeBulkPledges,
  makeCoalition,
  makeCondition,
  makeCountry,
  makeEvent,
  makePledge,
  makeSource,
} from "../support/factory";
import { makeDraftSource } from "../support/factory-api";

describe("pledge filters", () => {
  it("filters by domain, status, condition, blocked and undisclosed country", async () => {
    const coalition = await makeCoalition();
    const country = await makeCountry();
    const unmet = await makeCondition({ status: "NOT_MET" });
    const met = await makeCondition({ status: "MET" });
    const air = await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "AIR",
      status: "CONDITIONAL",
      conditions: [unmet.slug],
    });
    const sea = await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "MARITIME",
      conditions: [met.slug],
    });
    const anonymous = await makePledge({
      coalitionSlug: coalition,
      countryCode: null,
      domain: "AIR",
      disclosure: "UNDISCLOSED",
    });

    const ids = async (f: Parameters<typeof listPledges>[0]) =>
      (await listPledges(f)).map((p) => p.id).sort();
    expect(await ids({ country: country.code })).toEqual([air.id, sea.id].sort());
    expect(await ids({ country: country.code, domain: "AIR" })).toEqual([air.id]);
    expect(await ids({ country: country.code, status: "CONDITIONAL" })).toEqual([air.id]);
    expect(await ids({ condition: unmet.slug })).toEqual([air.id]);
    expect(await ids({ country: country.code, blocked: true })).toEqual([air.id]);
    expect(await ids({ country: "undisclosed", domain: "AIR" })).toEqual([anonymous.id]);
    expect(await ids({ disclosure: "UNDISCLOSED", domain: "AIR" })).toEqual([anonymous.id]);
  });
});

describe("country view", () => {
  it("loads posture, pledges with blockers, events and citations; unknown codes are null", async () => {
    const coalition = await makeCoalition();
    const source = await makeSource("Testland will send ten engineers, it says.");
    const country = await makeCountry({ posture: "CONDITIONAL", coalitionSlug: coalition });
    const condition = await makeCondition();
    await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "ENGINEERING",
      conditions: [condition.slug],
      sourceId: source.id,
      quote: "ten engineers",
    });
    const dated = await makeEvent({
      countries: [country.code],
      occurredOn: new Date("2026-01-05"),
    });
    const undated = await makeEvent({ countries: [country.code], sequence: 1 });

    const view = await getCountry(country.code.toLowerCase());
    expect(view?.name).toBe(country.name);
    expect(view?.memberships[0]?.posture).toBe("CONDITIONAL");
    expect(view?.pledges).toHaveLength(1);
    expect(view?.pledges[0]?.conditions[0]?.condition.slug).toBe(condition.slug);
    expect(view?.blocking).toEqual([{ slug: condition.slug, name: condition.name }]);
    expect(view?.pledges[0]?.citations[0]).toMatchObject({
      quote: "ten engineers",
      source: { id: source.id },
    });
    // Dated events first (newest first), then undated ones in the sources' order.
    expect(view?.events.map((e) => e.event.id)).toEqual([dated.id, undated.id]);

    expect(await getCountry("ZZ")).toBeNull();
    expect(await getCountry("not-a-code")).toBeNull();
  });

  it("lists the first few pledges of each domain, and counts them all, for a country with very many", async () => {
    const coalition = await makeCoalition();
    const country = await makeCountry();
    const many = COUNTRY_PLEDGES_PER_DOMAIN + 5;
    await makeBulkPledges(
      Array.from({ length: many }, (_, i) => ({
        id: `bulk-${country.code}-${String(i).padStart(2, "0")}`,
        coalitionSlug: coalition,
        countryCode: country.code,
        domain: "LOGISTICS" as const,
        description: `Bulk ${i}`,
        status: "ANNOUNCED" as const,
        disclosure: "OFFICIAL" as const,
        // The last one is a draft: counted and listed for signed-in readers only.
        published: i < many - 1,
      })),
    );
    // Another domain still gets its own pledges listed, and its blockers found.
    const unmet = await makeCondition({ status: "NOT_MET" });
    const met = await makeCondition({ status: "MET" });
    const late = await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "ENGINEERING",
      conditions: [unmet.slug, met.slug],
    });
    const view = await getCountry(country.code);
    const first = Array.from(
      { length: COUNTRY_PLEDGES_PER_DOMAIN },
      (_, i) => `bulk-${country.code}-${String(i).padStart(2, "0")}`,
    );
    // The enum's order: logistics is declared before engineering.
    expect(view?.pledges.map((p) => p.id)).toEqual([...first, late.id]);
    expect(view?._count.pledges).toBe(many);
    expect(view?.domains).toEqual([
      { domain: "LOGISTICS", count: many - 1 },
      { domain: "ENGINEERING", count: 1 },
    ]);
    expect(view?.blocking.map((c) => c.slug)).toEqual([unmet.slug]);
    const internal = await getCountry(country.code, { viewer: "internal" });
    expect(internal?.domains[0]).toEqual({ domain: "LOGISTICS", count: many });
  });

  it("shows only quotes from published sources, to every viewer", async () => {
    const coalition = await makeCoalition();
    const country = await makeCountry();
    const source = await makeSource("Testland pledges six medics.");
    const pledge = await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "MEDICAL",
      sourceId: source.id,
      quote: "six medics",
    });
    const draft = await makeDraftSource("An unchecked claim of sixty medics.");
    await db.citation.create({
      data: { sourceId: draft.id, quote: "sixty medics", pledgeId: pledge.id },
    });
    for (const visibility of ["public", "internal"] as const) {
      const view = await getCountry(country.code, { viewer: visibility });
      expect(
        view?.pledges[0]?.citations.map((c) => c.quote),
        visibility,
      ).toEqual(["six medics"]);
    }
  });

  it("lists countries filtered by posture", async () => {
    const coalition = await makeCoalition();
    const opposed = await makeCountry({
      posture: "OPPOSED",
      coalitionSlug: coalition,
      isMember: false,
    });
    await makeCountry({ posture: "COMMITTED", coalitionSlug: coalition });
    const list = await listCountries({ posture: "OPPOSED" });
    expect(list.map((c) => c.code)).toEqual([opposed.code]);
  });
});

describe("conditions", () => {
  it("shows the pledges waiting on a condition and filters by status", async () => {
    const coalition = await makeCoalition();
    const country = await makeCountry();
    const condition = await makeCondition({ status: "IN_PROGRESS" });
    const pledge = await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      conditions: [condition.slug],
    });
    const view = await getCondition(condition.slug);
    expect(view?.pledges.map((p) => p.pledge.id)).toEqual([pledge.id]);
    expect((await listConditions({ status: "IN_PROGRESS" })).map((c) => c.slug)).toContain(
      condition.slug,
    );
    expect((await listConditions({ status: "MET" })).map((c) => c.slug)).not.toContain(
      condition.slug,
    );
    expect(await getCondition("no-such-condition")).toBeNull();
    expect(await getCondition("Bad Slug!")).toBeNull();
  });
});

describe("sources", () => {
  it("lists every fact that cites a source, with a link to it", async () => {
    const coalition = await makeCoalition();
    const source = await makeSource("It says the ceasefire holds. It says the tanks left.");
    const country = await makeCountry();
    const condition = await makeCondition({ sourceId: source.id });
    const pledge = await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      sourceId: source.id,
    });
    const view = await getSource(source.id);
    const facts = view?.citations.map((c) => c.fact);
    expect(facts).toEqual(
      expect.arrayContaining([
        { kind: "Condition", label: condition.name, href: `/conditions/${condition.slug}` },
        expect.objectContaining({
          kind: "Pledge",
          href: `/countries/${country.code}#pledge-${pledge.id}`,
        }),
      ]),
    );
    expect(await getSource("missing")).toBeNull();
  });
});

describe("dashboard", () => {
  it("counts pledges by domain and status and groups members by posture", async () => {
    const coalition = await makeCoalition();
    const before = await getDashboard();
    const count = (d: typeof before, domain: string) =>
      d.byDomain.find((x) => x.domain === domain)?.count ?? 0;
    const confirmed = (d: typeof before) =>
      d.byStatus.find((x) => x.status === "CONFIRMED")?.count ?? 0;
    const a = await makeCountry({ posture: "COMMITTED", coalitionSlug: coalition });
    await makePledge({
      coalitionSlug: coalition,
      countryCode: a.code,
      domain: "DEMINING",
      status: "CONFIRMED",
    });
    await makePledge({
      coalitionSlug: coalition,
      countryCode: a.code,
      domain: "DEMINING",
      status: "ANNOUNCED",
    });
    await makePledge({ coalitionSlug: coalition, countryCode: null, domain: "MEDICAL" });
    const d = await getDashboard();
    expect(count(d, "DEMINING") - count(before, "DEMINING")).toBe(2);
    expect(confirmed(d) - confirmed(before)).toBe(1);
    expect(d.undisclosedPledges - before.undisclosedPledges).toBe(1);
    expect(d.totalPledges - before.totalPledges).toBe(3);
    expect(d.postureGroups.get("COMMITTED")?.map((c) => c.code)).toContain(a.code);
  });
});

describe("events", () => {
  it("orders dated events newest first, undated after them", async () => {
    const older = await makeEvent({ occurredOn: new Date("2025-03-01"), title: "older" });
    const newer = await makeEvent({ occurredOn: new Date("2025-09-01"), title: "newer" });
    const undated = await makeEvent({ sequence: 99, title: "undated" });
    const ids = (await listEvents()).map((e) => e.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(undated.id));
  });

  it("pages the timeline in that order without overlap, a page past the end showing the last", async () => {
    for (let i = 0; i < EVENTS_PAGE_SIZE + 3; i++) await makeEvent({ sequence: i % 4 });
    const all = (await listEvents()).map((e) => e.id);
    const first = await listEventPage({}, 1);
    const second = await listEventPage({}, 2);
    expect(first.total).toBe(all.length);
    expect(first.pageCount).toBe(Math.ceil(all.length / EVENTS_PAGE_SIZE));
    expect([...first.events, ...second.events].map((e) => e.id)).toEqual(
      all.slice(0, 2 * EVENTS_PAGE_SIZE),
    );
    const beyond = await listEventPage({}, 999);
    expect(beyond.page).toBe(beyond.pageCount);
    expect((await listEventPage({}, -3)).page).toBe(1);
  });

  it("reads one event for its page: a draft and its links to draft conditions only for signed-in readers", async () => {
    const draftCondition = await makeCondition();
    await db.condition.update({ where: { slug: draftCondition.slug }, data: { published: false } });
    const event = await makeEvent({ title: "One event", conditions: [draftCondition.slug] });
    expect(await getEvent(event.id)).toMatchObject({ title: "One event", conditions: [] });
    expect((await getEvent(event.id, { viewer: "internal" }))?.conditions).toHaveLength(1);
    await db.event.update({ where: { id: event.id }, data: { published: false } });
    expect(await getEvent(event.id)).toBeNull();
    expect(await getEvent(event.id, { viewer: "internal" })).toMatchObject({ published: false });
    expect(await getEvent("no-such-event")).toBeNull();
    expect(await getEvent("bad\u0000id")).toBeNull();
  });
});
