import { describe, expect, it } from "vitest";
import {
  conditionStatusHistory,
  countPledgesByDomainAndStatus,
  pledgeStatusHistory,
  statusHistoryBasis,
} from "@/lib/charts/queries";
import { db } from "@/lib/db";
import { auditData, SEED_ACTOR } from "@/lib/changes/audit";
import type { Snapshot } from "@/lib/changes/snapshot";
import { makeCoalition, makeCountry, makePledge } from "../support/factory";

const day = (d: number, h: number) => new Date(Date.UTC(2026, 0, d, h));

async function history(type: "Pledge" | "Condition", entries: [string, Date, Snapshot | null][]) {
  await db.auditEntry.createMany({
    data: entries.map(([id, at, after]) =>
      auditData({
        actor: SEED_ACTOR,
        action: after ? "UPDATE" : "DELETE",
        type,
        id,
        before: null,
        after,
        at,
      }),
    ),
  });
}

describe("status over time, rebuilt from the audit log", () => {
  it("takes each record's last snapshot of the day, carries it forward, drops deletions and (for the public) drafts", async () => {
    const pledge = (id: string, status: string, published = true): Snapshot => ({
      id,
      status,
      published,
      domain: "AIR",
    });
    await history("Pledge", [
      ["a", day(1, 9), pledge("a", "ANNOUNCED")],
      ["a", day(1, 17), pledge("a", "CONDITIONAL")],
      ["c", day(1, 10), pledge("c", "ANNOUNCED")],
      ["b", day(2, 8), pledge("b", "ANNOUNCED", false)],
      ["c", day(2, 12), null],
      ["a", day(3, 11), pledge("a", "CONFIRMED")],
      ["b", day(3, 12), pledge("b", "ANNOUNCED", true)],
    ]);
    const pub = await pledgeStatusHistory();
    expect(pub.map((p) => p.day)).toEqual(["2026-01-01", "2026-01-02", "2026-01-03"]);
    expect(
      pub.map((p) => [p.total, p.counts.ANNOUNCED, p.counts.CONDITIONAL, p.counts.CONFIRMED]),
    ).toEqual([
      [2, 1, 1, 0],
      [1, 0, 1, 0],
      [2, 1, 0, 1],
    ]);
    // Signed-in viewers also see the draft on day 2.
    expect((await pledgeStatusHistory("internal")).map((p) => p.total)).toEqual([2, 2, 2]);
  });

  it("counts conditions met per day, with many days", async () => {
    const entries: [string, Date, Snapshot | null][] = [];
    for (let d = 1; d <= 30; d++)
      entries.push([
        "ceasefire",
        day(d, 12),
        { slug: "ceasefire", status: d >= 20 ? "MET" : "IN_PROGRESS" },
      ]);
    entries.push(["backstop", day(1, 8), { slug: "backstop", status: "NOT_MET" }]);
    await history("Condition", entries);
    const points = await conditionStatusHistory();
    expect(points).toHaveLength(30);
    expect(points[18]!.counts).toMatchObject({ MET: 0, IN_PROGRESS: 1, NOT_MET: 1 });
    expect(points[19]!.counts).toMatchObject({ MET: 1, IN_PROGRESS: 0, NOT_MET: 1 });
    expect(points.every((p) => p.total === 2)).toBe(true);
  });
});

describe("which date the over-time charts use", () => {
  // This file's tests share a database: look only at what each test adds, in 2027.
  const june = (d: number, h = 9) => new Date(Date.UTC(2027, 5, d, h));

  it("draws changes by date recorded when no source dates them, and says so", async () => {
    const before = await statusHistoryBasis("Condition");
    await history("Condition", [["x", june(5), { slug: "x", status: "NOT_MET" }]]);
    const after = await statusHistoryBasis("Condition");
    expect([after.dated - before.dated, after.total - before.total]).toEqual([0, 1]);
    expect((await conditionStatusHistory()).at(-1)!.day).toBe("2027-06-05");
  });

  it("places a change on the date its source states, never before an earlier-recorded change", async () => {
    const basis = await statusHistoryBasis("Pledge");
    const base = (await pledgeStatusHistory()).at(-1)?.counts ?? { ANNOUNCED: 0, CONFIRMED: 0 };
    const entry = (
      id: string,
      at: Date,
      status: string,
      happenedOn: Date | null,
      action: "CREATE" | "UPDATE" = "UPDATE",
      announcedOn?: string,
    ) =>
      auditData({
        actor: SEED_ACTOR,
        action,
        type: "Pledge",
        id,
        before: null,
        after: { id, status, published: true, announcedOn: announcedOn ?? null },
        at,
        happenedOn,
      });
    await db.auditEntry.createMany({
      data: [
        // Recorded on 20 June, announced (the world date of a new pledge) on 2 June.
        entry("p", june(20), "ANNOUNCED", null, "CREATE", "2027-06-02"),
        // Recorded on 21 June; the source says it happened on 4 June.
        entry("p", june(21), "CONFIRMED", june(4, 0)),
        // Recorded on 22 June, with no date: drawn on the day recorded.
        entry("q", june(22), "ANNOUNCED", null, "CREATE"),
        // Says 1 June, but q's creation was recorded (22 June) before it: it cannot go earlier.
        entry("q", june(23), "CONFIRMED", june(1, 0)),
      ],
    });
    const points = (await pledgeStatusHistory()).filter((p) => p.day >= "2027-06-01");
    expect(
      points.map((p) => [
        p.day,
        p.counts.ANNOUNCED - base.ANNOUNCED,
        p.counts.CONFIRMED - base.CONFIRMED,
      ]),
    ).toEqual([
      ["2027-06-02", 1, 0],
      ["2027-06-04", 0, 1],
      ["2027-06-22", 0, 2],
    ]);
    const after = await statusHistoryBasis("Pledge");
    expect([after.dated - basis.dated, after.total - basis.total]).toEqual([3, 4]);
  });
});

describe("status over time, following the explorer's filters", () => {
  it("replays only the pledges a filter lists, and nothing when nothing matches", async () => {
    const coalition = await makeCoalition();
    const country = await makeCountry();
    const air = await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "AIR",
      status: "CONFIRMED",
    });
    const sea = await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "MARITIME",
    });
    const snap = (id: string, status: string): Snapshot => ({ id, status, published: true });
    await history("Pledge", [
      [air.id, day(5, 9), snap(air.id, "ANNOUNCED")],
      [sea.id, day(5, 10), snap(sea.id, "ANNOUNCED")],
      [air.id, day(6, 9), snap(air.id, "CONFIRMED")],
    ]);
    const all = await pledgeStatusHistory();
    expect(all.at(-1)!.total).toBeGreaterThanOrEqual(2);

    const onlyAir = await pledgeStatusHistory("public", {
      countries: [country.code],
      domains: ["AIR"],
    });
    expect(onlyAir.map((p) => [p.day, p.total, p.counts.ANNOUNCED, p.counts.CONFIRMED])).toEqual([
      ["2026-01-05", 1, 1, 0],
      ["2026-01-06", 1, 0, 1],
    ]);
    const both = await pledgeStatusHistory("public", { countries: [country.code] });
    expect(both.at(-1)!.total).toBe(2);
    // Cached per filter: another filter never gets this one's series.
    expect(await pledgeStatusHistory("public", { q: "zzzzzz" })).toEqual([]);
    expect(await conditionStatusHistory("public", { q: "zzzzzz" })).toEqual([]);
    expect((await pledgeStatusHistory()).length).toBe(all.length);
  });
});

describe("pledges by domain and status", () => {
  it("counts what the explorer's filter shows, published only", async () => {
    const coalition = await makeCoalition();
    const country = await makeCountry();
    await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "AIR",
      status: "CONDITIONAL",
    });
    await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "AIR",
      status: "CONDITIONAL",
    });
    await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "AIR",
      status: "DEPLOYED",
    });
    const draft = await makePledge({
      coalitionSlug: coalition,
      countryCode: country.code,
      domain: "MARITIME",
    });
    await db.pledge.update({ where: { id: draft.id }, data: { published: false } });
    const counts = await countPledgesByDomainAndStatus({ country: country.code });
    expect(counts.sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { domain: "AIR", status: "CONDITIONAL", count: 2 },
      { domain: "AIR", status: "DEPLOYED", count: 1 },
    ]);
  });

  it("keeps the unfiltered counts only until the next change", async () => {
    const coalition = await makeCoalition();
    const demining = async () =>
      (await countPledgesByDomainAndStatus({}))
        .filter((c) => c.domain === "DEMINING")
        .reduce((n, c) => n + c.count, 0);
    const before = await demining();
    await makePledge({ coalitionSlug: coalition, countryCode: null, domain: "DEMINING" });
    expect(await demining()).toBe(before + 1);
    expect(await countPledgesByDomainAndStatus({ countries: [], blocked: false })).toBe(
      await countPledgesByDomainAndStatus({}),
    );
  });
});
