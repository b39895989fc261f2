import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { evaluate } from "@/lib/what-if/evaluate";
import { getWhatIfData } from "@/lib/what-if/queries";
import { parseScenario, scenarioHref } from "@/lib/what-if/scenario";
import { cite, makeCoalition, makeCondition, makeCountry, makePledge } from "../support/factory";

/**
 * A small world with known answers: which pledges each scenario frees, counted by
 * domain, by country and against a need, from the database as the page reads it.
 */
async function world() {
  const coalitionSlug = await makeCoalition();
  const [x, y] = [await makeCountry({ name: "Xland" }), await makeCountry({ name: "Yland" })];
  const a = await makeCondition({ status: "NOT_MET", name: "A" });
  const b = await makeCondition({ status: "MET", name: "B" });
  const c = await makeCondition({ status: "IN_PROGRESS", name: "C" });
  const draft = await makeCondition({ status: "NOT_MET", name: "Draft" });
  await db.condition.update({ where: { slug: draft.slug }, data: { published: false } });
  const p1 = await makePledge({
    coalitionSlug,
    countryCode: x.code,
    domain: "AIR",
    conditions: [a.slug],
    quantity: 6,
  });
  const p2 = await makePledge({
    coalitionSlug,
    countryCode: x.code,
    domain: "AIR",
    conditions: [a.slug, c.slug],
    quantity: 4,
  });
  const p3 = await makePledge({
    coalitionSlug,
    countryCode: y.code,
    domain: "LAND_FORCES",
    conditions: [b.slug],
  });
  await makePledge({ coalitionSlug, countryCode: y.code, domain: "LAND_FORCES" });
  // Waits only on a draft condition: for the public it waits on nothing.
  await makePledge({ coalitionSlug, domain: "MARITIME", conditions: [draft.slug] });
  // Neither a withdrawn pledge nor a draft pledge counts.
  await makePledge({
    coalitionSlug,
    countryCode: x.code,
    domain: "AIR",
    conditions: [a.slug],
    status: "WITHDRAWN",
    quantity: 50,
  });
  const hidden = await makePledge({
    coalitionSlug,
    countryCode: x.code,
    domain: "AIR",
    conditions: [a.slug],
    quantity: 50,
  });
  await db.pledge.update({ where: { id: hidden.id }, data: { published: false } });
  await db.requirement.create({
    data: {
      id: `req-${a.slug}`,
      coalitionSlug,
      domain: "AIR",
      description: "Ten aircraft.",
      quantity: 10,
      unit: "aircraft",
      citations: await cite(),
    },
  });
  await db.pledge.updateMany({ where: { id: { in: [p1.id, p2.id] } }, data: { unit: "aircraft" } });
  return { a, b, c, draft, x, y, p1, p2, p3 };
}

describe("what if: pledges freed by conditions taken as met", () => {
  it("counts the recorded state and each scenario exactly, by domain, country and capability gap", async () => {
    const w = await world();
    const data = await getWhatIfData();
    expect(data.conditions.map((c) => c.slug)).not.toContain(w.draft.slug);
    const recorded = parseScenario(undefined, data.conditions);
    expect(recorded.recorded).toBe(true);
    expect([...recorded.met]).toEqual([w.b.slug]);

    const run = (met: string[]) => evaluate(data.groups, data.needs, recorded.met, new Set(met));
    const same = run([w.b.slug]);
    expect(same.total).toMatchObject({
      pledges: 5,
      freeNow: 3,
      freeThen: 3,
      unblocked: 0,
      blocked: 0,
    });

    const aAndB = run([w.a.slug, w.b.slug]);
    expect(aAndB.total).toMatchObject({
      pledges: 5,
      freeNow: 3,
      freeThen: 4,
      unblocked: 1,
      blocked: 0,
    });
    expect(aAndB.byDomain.find((t) => t.key === "AIR")).toMatchObject({
      pledges: 2,
      freeNow: 0,
      freeThen: 1,
      unblocked: 1,
    });
    expect(aAndB.byCountry.find((t) => t.key === w.x.code)).toMatchObject({
      pledges: 2,
      freeThen: 1,
      unblocked: 1,
    });
    expect(aAndB.byCountry.find((t) => t.key === "")).toMatchObject({
      pledges: 1,
      freeNow: 1,
      freeThen: 1,
    });
    // 6 of the 10 aircraft needed are free: short of the need, where nothing was free before.
    expect(aAndB.capability).toEqual([
      { domain: "AIR", now: "no-pledge", then: "short", freeNow: 0, freeThen: 1 },
    ]);

    const all = run([w.a.slug, w.b.slug, w.c.slug]);
    expect(all.total).toMatchObject({ freeThen: 5, unblocked: 2 });
    expect(all.capability[0]).toMatchObject({ then: "met", freeThen: 2 });

    // Taking B as not met blocks the pledge that waits on it.
    const onlyA = run([w.a.slug]);
    expect(onlyA.total).toMatchObject({ freeThen: 3, unblocked: 1, blocked: 1 });
    expect(onlyA.byCountry.find((t) => t.key === w.y.code)).toMatchObject({
      pledges: 2,
      freeNow: 2,
      freeThen: 1,
      blocked: 1,
    });

    // Few pledges: each is listed, with the conditions it waits on (drafts left out).
    expect(data.pledges?.map((p) => p.id).sort()).toHaveLength(5);
    expect(data.pledges?.find((p) => p.id === w.p2.id)?.conditions).toEqual(
      [w.a.slug, w.c.slug].sort(),
    );
  });

  it("reads the scenario from the address in any form and names what it does not know", () => {
    const conditions = [
      { slug: "us-backstop", met: false },
      { slug: "signed-ceasefire", met: true },
    ];
    const plain = parseScenario(["", "us-backstop"], conditions);
    expect([...plain.met]).toEqual(["us-backstop"]);
    expect(plain.recorded).toBe(false);
    expect([...parseScenario("", conditions).met]).toEqual([]);
    const odd = parseScenario("US-Backstop,nope,,nope", conditions);
    expect([...odd.met]).toEqual(["us-backstop"]);
    expect(odd.unknown).toEqual(["nope"]);
    const baseline = new Set(["signed-ceasefire"]);
    expect(scenarioHref(new Set(["signed-ceasefire"]), baseline)).toBe("/what-if");
    expect(scenarioHref(new Set(["us-backstop", "signed-ceasefire"]), baseline)).toBe(
      "/what-if?met=signed-ceasefire,us-backstop",
    );
    expect(scenarioHref(new Set(), baseline)).toBe("/what-if?met=");
  });
});
