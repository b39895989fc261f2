import { describe, expect, it } from "vitest";
import { listCountryStances } from "@/lib/capability/by-country";
import { getCapability } from "@/lib/capability/queries";
import { parseCompareParam } from "@/lib/compare/params";
import { defaultComparison, getComparison } from "@/lib/compare/queries";
import { db } from "@/lib/db";
import {
  makeCoalition,
  makeCondition,
  makeCountry,
  makePledge,
  makeSource,
} from "../support/factory";

describe("compare", () => {
  it("reads ?c= lists, reports malformed, unknown and surplus codes instead of failing", async () => {
    expect(parseCompareParam("fr,GB,de")).toEqual({
      codes: ["FR", "GB", "DE"],
      malformed: [],
      dropped: [],
    });
    expect(parseCompareParam(["FR", "GB,FR", "<script>", "France"])).toEqual({
      codes: ["FR", "GB"],
      malformed: ["<script>", "France"],
      dropped: [],
    });
    expect(parseCompareParam("AA,BB,CC,DD,EE").dropped).toEqual(["EE"]);
    expect(parseCompareParam(undefined).codes).toEqual([]);

    const coalition = await makeCoalition();
    const a = await makeCountry({ posture: "COMMITTED", coalitionSlug: coalition });
    const b = await makeCountry({ posture: "CONDITIONAL", coalitionSlug: coalition });
    const condition = await makeCondition({ status: "IN_PROGRESS" });
    await makePledge({
      coalitionSlug: coalition,
      countryCode: a.code,
      domain: "AIR",
      conditions: [condition.slug],
    });
    const draft = await makePledge({
      coalitionSlug: coalition,
      countryCode: b.code,
      domain: "AIR",
    });
    await db.pledge.update({ where: { id: draft.id }, data: { published: false } });

    const { countries, unknown } = await getComparison([b.code, "ZZ", a.code]);
    expect(countries.map((c) => c.code)).toEqual([b.code, a.code]);
    expect(unknown).toEqual(["ZZ"]);
    expect(countries[0]!.pledges).toEqual([]);
    expect(countries[0]!.counts).toEqual([]);
    expect(countries[1]!.pledges.map((p) => p.domain)).toEqual(["AIR"]);
    expect(countries[1]!.counts).toEqual([{ domain: "AIR", status: "ANNOUNCED", count: 1 }]);
    expect(countries[1]!.waits).toEqual([
      { slug: condition.slug, name: condition.name, status: "IN_PROGRESS", pledges: 1 },
    ]);
    // A cell lists a few pledges and counts the rest.
    for (let i = 0; i < 4; i++)
      await makePledge({
        coalitionSlug: coalition,
        countryCode: a.code,
        domain: "LOGISTICS",
        status: "DEPLOYED",
      });
    const [many] = (await getComparison([a.code])).countries;
    expect(many!.pledges.filter((p) => p.domain === "LOGISTICS")).toHaveLength(3);
    expect(many!.counts.find((n) => n.domain === "LOGISTICS")).toEqual({
      domain: "LOGISTICS",
      status: "DEPLOYED",
      count: 4,
    });
    expect(countries[1]!.memberships[0]!.posture).toBe("COMMITTED");
    // Nothing chosen: the members with the most (published) pledges first.
    expect((await defaultComparison())[0]).toBe(a.code);
  });
});

describe("capability", () => {
  it("sets pledges against requirements per domain, sums quantities per unit, and never guesses a gap", async () => {
    const coalition = await makeCoalition();
    const source = await makeSource("We need 100 deminers and medics.");
    const country = await makeCountry();
    const need = (
      id: string,
      domain: "DEMINING" | "MEDICAL" | "ENGINEERING",
      quantity: number | null,
      unit: string | null,
    ) =>
      db.requirement.create({
        data: {
          id,
          coalitionSlug: coalition,
          domain,
          description: `Need ${id}`,
          quantity,
          unit,
          citations: { create: [{ sourceId: source.id, quote: "We need" }] },
        },
      });
    await need("r-demining", "DEMINING", 100, "deminers");
    await need("r-medical", "MEDICAL", null, null);
    await need("r-engineering", "ENGINEERING", 10, "engineers");
    const pledge = async (
      domain: "DEMINING" | "MEDICAL" | "TRAINING" | "ENGINEERING",
      quantity: number | null,
      unit: string | null,
      status: "ANNOUNCED" | "WITHDRAWN" = "ANNOUNCED",
    ) => {
      const p = await makePledge({
        coalitionSlug: coalition,
        countryCode: country.code,
        domain,
        status,
        quantity: quantity ?? undefined,
      });
      if (unit) await db.pledge.update({ where: { id: p.id }, data: { unit } });
    };
    await pledge("DEMINING", 40, "deminers");
    await pledge("DEMINING", 30, "deminers");
    await pledge("DEMINING", 500, "deminers", "WITHDRAWN");
    await pledge("MEDICAL", null, null);
    await pledge("TRAINING", null, null);

    const byDomain = new Map((await getCapability()).map((d) => [d.domain, d]));
    expect(byDomain.get("DEMINING")).toMatchObject({
      pledges: 2,
      undisclosedQuantity: 0,
      pledged: [{ unit: "deminers", quantity: 70, pledges: 2 }],
      gap: "short",
    });
    expect(byDomain.get("MEDICAL")).toMatchObject({
      pledges: 1,
      undisclosedQuantity: 1,
      pledged: [],
      gap: "unknown",
    });
    expect(byDomain.get("ENGINEERING")).toMatchObject({ pledges: 0, gap: "no-pledge" });
    expect(byDomain.get("TRAINING")).toMatchObject({
      pledges: 1,
      requirements: [],
      gap: "no-requirement",
    });
    expect(byDomain.get("DEMINING")!.requirements[0]!.citations[0]!.quote).toBe("We need");
    expect(byDomain.has("LAND_FORCES")).toBe(false);

    await pledge("DEMINING", 30, "deminers");
    expect((await getCapability()).find((d) => d.domain === "DEMINING")!.gap).toBe("met");
  });
});

describe("map stances", () => {
  it("gives each country its posture and its pledges in a domain, and counts what no named country pledges", async () => {
    const coalition = await makeCoalition();
    const member = await makeCountry({ posture: "CONDITIONAL", coalitionSlug: coalition });
    const silent = await makeCountry();
    await makePledge({ coalitionSlug: coalition, countryCode: member.code, domain: "AIR" });
    await makePledge({ coalitionSlug: coalition, countryCode: member.code, domain: "MARITIME" });
    await makePledge({
      coalitionSlug: coalition,
      countryCode: member.code,
      domain: "AIR",
      status: "WITHDRAWN",
    });
    await makePledge({ coalitionSlug: coalition, countryCode: null, domain: "AIR" });

    const air = await listCountryStances("AIR");
    expect(air.unnamedPledges).toBe(1);
    expect(air.stances.find((s) => s.code === member.code)).toMatchObject({
      posture: "CONDITIONAL",
      pledges: 1,
      isMember: true,
    });
    expect(air.stances.find((s) => s.code === silent.code)).toMatchObject({
      posture: null,
      pledges: 0,
    });
    expect(
      (await listCountryStances(null)).stances.find((s) => s.code === member.code)!.pledges,
    ).toBe(2);
  });
});
