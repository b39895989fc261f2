import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  canonicalExplorerHref,
  explorerHref,
  loadExplorerParams,
  toPageRequest,
  toPledgeFilter,
  visibleColumns,
} from "@/lib/pledges/explorer-params";
import {
  listPledgePage,
  listPledgeFilterOptions,
  type PageRequest,
} from "@/lib/pledges/explorer-queries";
import { listPledges, type PledgeFilter } from "@/lib/pledges/queries";
import { makeCoalition, makeCondition, makeCountry, makePledge } from "../support/factory";

const page1: PageRequest = { sort: "country", dir: "asc", page: 1, pageSize: 100 };

async function ids(filter: PledgeFilter, req: Partial<PageRequest> = {}) {
  return (await listPledgePage(filter, { ...page1, ...req })).rows.map((r) => r.id);
}

describe("explorer filters against the database", () => {
  it("combines multi-value filters, text search, dates and 'blocked by a named condition'", async () => {
    const coalition = await makeCoalition();
    const [fr, gb] = [await makeCountry(), await makeCountry()];
    const backstop = await makeCondition({ status: "IN_PROGRESS" });
    const ceasefire = await makeCondition({ status: "NOT_MET" });
    const met = await makeCondition({ status: "MET" });
    const air = await makePledge({
      coalitionSlug: coalition,
      countryCode: fr.code,
      domain: "AIR",
      status: "CONDITIONAL",
      conditions: [backstop.slug],
    });
    const sea = await makePledge({
      coalitionSlug: coalition,
      countryCode: gb.code,
      domain: "MARITIME",
      status: "CONDITIONAL",
      conditions: [backstop.slug, ceasefire.slug],
    });
    const land = await makePledge({
      coalitionSlug: coalition,
      countryCode: fr.code,
      domain: "LAND_FORCES",
      conditions: [ceasefire.slug],
    });
    const airMet = await makePledge({
      coalitionSlug: coalition,
      countryCode: gb.code,
      domain: "AIR",
      conditions: [met.slug],
    });
    const anon = await makePledge({
      coalitionSlug: coalition,
      countryCode: null,
      domain: "MARITIME",
      disclosure: "UNDISCLOSED",
      conditions: [ceasefire.slug],
    });
    await db.pledge.update({
      where: { id: air.id },
      data: { description: "Air policing over the Black Sea", announcedOn: new Date("2026-03-01") },
    });
    await db.pledge.update({
      where: { id: sea.id },
      data: { announcedOn: new Date("2026-05-10") },
    });
    const sorted = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

    // The example: air and maritime pledges blocked by the US backstop.
    expect(
      (await ids({ domains: ["AIR", "MARITIME"], blockedBy: [backstop.slug] })).sort(),
    ).toEqual(sorted([air, sea]));
    // Blocked by the ceasefire: the land pledge too, and the unnamed pledger's.
    expect((await ids({ blockedBy: [ceasefire.slug] })).sort()).toEqual(sorted([sea, land, anon]));
    // A met condition blocks nothing; either of two conditions is waited on.
    expect(await ids({ blockedBy: [met.slug] })).toEqual([]);
    expect(await ids({ condition: met.slug })).toEqual([airMet.id]);
    expect((await ids({ conditions: [met.slug, backstop.slug] })).sort()).toEqual(
      sorted([air, sea, airMet]),
    );
    expect((await ids({ blocked: true, domain: "AIR" })).sort()).toEqual([air.id]);
    expect((await ids({ countries: [fr.code, "undisclosed"] })).sort()).toEqual(
      sorted([air, land, anon]),
    );
    expect(
      (await ids({ countries: [gb.code], statuses: ["CONDITIONAL", "ANNOUNCED"] })).sort(),
    ).toEqual(sorted([sea, airMet]));
    expect(await ids({ q: "black SEA" })).toEqual([air.id]);
    expect(await ids({ from: "2026-04-01" })).toEqual([sea.id]);
    expect((await ids({ from: "2026-03-01", to: "2026-05-10" })).sort()).toEqual(
      sorted([air, sea]),
    );
    expect(await ids({ to: "2026-02-28" })).toEqual([]);
    // The old single-value filter still answers through listPledges.
    expect(
      (await listPledges({ domain: "MARITIME", country: "undisclosed" })).map((p) => p.id),
    ).toEqual([anon.id]);
  });

  it("never shows drafts to the public, nor draft conditions on a pledge", async () => {
    const coalition = await makeCoalition();
    const country = await makeCountry();
    const draftCondition = await makeCondition();
    const shown = await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      conditions: [draftCondition.slug],
    });
    const draft = await makePledge({ coalitionSlug: coalition, countryCode: country.code });
    await db.pledge.update({ where: { id: draft.id }, data: { published: false } });
    await db.condition.update({ where: { slug: draftCondition.slug }, data: { published: false } });

    const pub = await listPledgePage({ country: country.code }, page1);
    expect(pub.total).toBe(1);
    expect(pub.rows.map((r) => r.id)).toEqual([shown.id]);
    expect(pub.rows[0]!.conditions).toEqual([]);
    const internal = await listPledgePage({ country: country.code }, page1, "internal");
    expect(internal.total).toBe(2);
    expect(internal.rows.find((r) => r.id === shown.id)!.conditions).toHaveLength(1);
    const options = await listPledgeFilterOptions();
    expect(options.conditions.map((c) => c.slug)).not.toContain(draftCondition.slug);
  });
});

describe("explorer sorting and pagination", () => {
  it("sorts by each column both ways, ties broken by id, and pages without overlap", async () => {
    const coalition = await makeCoalition();
    // Names in the opposite order to their codes, so a sort by code would show.
    const countries = [
      await makeCountry({ name: "Zulu land" }),
      await makeCountry({ name: "Mid land" }),
      await makeCountry({ name: "Alpha land" }),
    ];
    const statuses = ["DEPLOYED", "ANNOUNCED", "CONDITIONAL", "WITHDRAWN"] as const;
    const made = [];
    for (let i = 0; i < 23; i++) {
      made.push(
        await makePledge({
          coalitionSlug: coalition,
          countryCode: i % 4 === 3 ? null : countries[i % 3]!.code,
          status: statuses[i % 4],
          domain: i % 2 ? "MEDICAL" : "DEMINING",
        }),
      );
    }
    // Earlier tests in this file made pledges in other domains: these two are this test's own.
    const mine: PledgeFilter = { domains: ["MEDICAL", "DEMINING"] };
    const all = await db.pledge.findMany({
      where: { domain: { in: ["MEDICAL", "DEMINING"] } },
      select: { id: true, countryCode: true, status: true },
    });
    const enumOrder = [
      "ANNOUNCED",
      "CONDITIONAL",
      "CONFIRMED",
      "DEPLOYING",
      "DEPLOYED",
      "FULFILLED",
      "WITHDRAWN",
    ];
    const byStatus = [...all].sort(
      (a, b) => enumOrder.indexOf(a.status) - enumOrder.indexOf(b.status) || (a.id < b.id ? -1 : 1),
    );
    expect(await ids(mine, { sort: "status" })).toEqual(byStatus.map((p) => p.id));
    expect(await ids(mine, { sort: "status", dir: "desc" })).toEqual(
      [...byStatus].reverse().map((p) => p.id),
    );

    // Countries by name A-Z, unnamed pledgers after Z; descending is the exact reverse.
    const names = new Map(countries.map((c) => [c.code, c.name]));
    const byCountry = await ids(mine, { sort: "country" });
    const shownNames = byCountry.map(
      (id) => names.get(all.find((p) => p.id === id)!.countryCode ?? "") ?? null,
    );
    expect(shownNames.slice(-5)).toEqual([null, null, null, null, null]);
    expect(shownNames.slice(0, 18)).toEqual([...shownNames.slice(0, 18)].sort());
    expect(await ids(mine, { sort: "country", dir: "desc" })).toEqual([...byCountry].reverse());
    // Paged by country, pages cross from one country to the next without a gap.
    for (const dir of ["asc", "desc"] as const) {
      const paged = await Promise.all(
        [1, 2, 3].map((page) => listPledgePage(mine, { sort: "country", dir, page, pageSize: 7 })),
      );
      expect(paged.flatMap((p) => p.rows.map((r) => r.id))).toEqual(
        dir === "asc" ? byCountry.slice(0, 21) : [...byCountry].reverse().slice(0, 21),
      );
      expect(paged[2]!.pageCount).toBe(4);
    }
    const lastByCountry = await listPledgePage(mine, {
      sort: "country",
      dir: "asc",
      page: 9,
      pageSize: 7,
    });
    expect([lastByCountry.page, lastByCountry.rows.map((r) => r.id)]).toEqual([
      4,
      byCountry.slice(21),
    ]);

    // Pages of 10: 23 rows in 3 pages, no overlap, in the same order as one page.
    const pages = await Promise.all(
      [1, 2, 3].map((page) =>
        listPledgePage(mine, { sort: "domain", dir: "asc", page, pageSize: 10 }),
      ),
    );
    expect(pages.map((p) => p.rows.length)).toEqual([10, 10, 3]);
    expect(pages.every((p) => p.total === 23 && p.pageCount === 3)).toBe(true);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(
      await ids(mine, { sort: "domain" }),
    );
    // A page past the end shows the last page.
    const beyond = await listPledgePage(mine, {
      sort: "domain",
      dir: "asc",
      page: 99,
      pageSize: 10,
    });
    expect(beyond.page).toBe(3);
    expect(beyond.rows.map((r) => r.id)).toEqual(pages[2]!.rows.map((r) => r.id));
    expect(made).toHaveLength(23);
  });
});

describe("explorer URL parameters", () => {
  it("reads the dashboard's old links, comma lists and repeated keys; drops what it cannot read", () => {
    const legacy = loadExplorerParams({
      domain: "AIR",
      status: "CONDITIONAL",
      condition: "us-backstop",
      country: "undisclosed",
      blocked: "1",
      disclosure: "UNDISCLOSED",
    });
    expect(toPledgeFilter(legacy)).toMatchObject({
      domains: ["AIR"],
      statuses: ["CONDITIONAL"],
      blockedBy: ["us-backstop"],
      blocked: false,
      countries: ["undisclosed"],
      disclosures: ["UNDISCLOSED"],
    });
    expect(toPledgeFilter(loadExplorerParams({ blocked: "1", from: "2026-01-02" }))).toMatchObject({
      blocked: true,
      from: "2026-01-02",
    });
    const lists = loadExplorerParams({
      domain: ["AIR,MARITIME", "NOT_A_DOMAIN"],
      country: "fr,GB,France",
      condition: "Bad Slug!",
      from: "2026-01-02",
      to: "nope",
    });
    expect(lists.domain).toEqual(["AIR", "MARITIME"]);
    expect(lists.country).toEqual(["FR", "GB"]);
    expect(lists.condition).toEqual([]);
    expect(lists.from?.toISOString()).toBe("2026-01-02T00:00:00.000Z");
    expect(lists.to).toBeNull();

    const paging = loadExplorerParams(
      new URLSearchParams("sort=status&dir=desc&page=-4&size=37&cols=announced,bogus"),
    );
    expect(toPageRequest(paging)).toEqual({ sort: "status", dir: "desc", page: 1, pageSize: 25 });
    expect(visibleColumns(paging)).toEqual(["description", "announced"]);
    expect(visibleColumns(loadExplorerParams({}))).toEqual([
      "country",
      "domain",
      "description",
      "status",
      "disclosure",
      "conditions",
    ]);

    // A plain form's submission is sent on to the tidy URL; tidy URLs stay as they are.
    expect(
      canonicalExplorerHref({
        q: "",
        domain: ["AIR", "MARITIME"],
        cols: ["country", "domain", "status", "disclosure", "conditions"],
        size: "25",
      }),
    ).toBe("/pledges?domain=AIR,MARITIME");
    expect(canonicalExplorerHref({ domain: "AIR", blocked: "1" })).toBeNull();

    // Links leave defaults out and write lists with commas.
    expect(
      explorerHref(loadExplorerParams({}), { domain: ["AIR", "MARITIME"], blocked: true }),
    ).toBe("/pledges?domain=AIR,MARITIME&blocked=1");
    expect(explorerHref(loadExplorerParams({ page: "3", q: "sea" }), { page: null })).toBe(
      "/pledges?q=sea",
    );
  });
});
