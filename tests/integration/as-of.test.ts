import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseAsOfParam } from "@/lib/dates/as-of";
import { conditionAt } from "@/lib/conditions/as-of";
import { countryAt } from "@/lib/countries/as-of";
import { dashboardAt } from "@/lib/dashboard/as-of";
import { loadDatasetAt } from "@/lib/history/as-of";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { datasetAt } from "@/lib/changes/replay";
import { createPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema } from "@/lib/pledges/schema";
import { getCountry } from "@/lib/countries/queries";
import { updateCondition } from "@/lib/conditions/mutations";
import { conditionSchema } from "@/lib/conditions/schema";
import { createCondition } from "@/lib/conditions/mutations";
import { citation, makeCoalition, makeCountry, recordHistory } from "../support/factory";
import { userWithRole } from "../support/users";

const reason = justificationSchema.parse({ reason: "as-of test" });

describe("as-of views", () => {
  it("show the earlier state after later edits, and today's state equals the live view", async () => {
    await makeCoalition();
    const country = await makeCountry();
    await recordHistory("Country", country.code);
    const editor = userWithRole("editor");
    const condition = await createCondition(
      editor,
      {
        ...conditionSchema.parse({
          name: `Backstop ${country.code}`,
          description: "A backstop.",
          category: "EXTERNAL_BACKING",
          status: "NOT_MET",
          evidence: "Not yet.",
        }),
        published: true,
      },
      await citation(),
    );
    if (!condition.ok) throw new Error(condition.message);
    const input = pledgeSchema.parse({
      countryCode: country.code,
      domain: "AIR",
      description: "Air policing",
      status: "CONDITIONAL",
      disclosure: "OFFICIAL",
      conditionSlugs: [condition.id],
    });
    const pledge = await createPledge(editor, { ...input, published: true }, await citation());
    if (!pledge.ok) throw new Error(pledge.message);
    const draft = await createPledge(
      editor,
      { ...input, description: "Secret draft", published: false },
      await citation(),
    );
    if (!draft.ok) throw new Error(draft.message);

    const before = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await updatePledge(editor, pledge.id, 1, { ...input, status: "DEPLOYED" }, reason);
    await updateCondition(
      editor,
      condition.id,
      1,
      conditionSchema.parse({
        name: `Backstop ${country.code}`,
        description: "A backstop.",
        category: "EXTERNAL_BACKING",
        status: "MET",
        evidence: "Signed.",
      }),
      reason,
    );

    const past = await datasetAt(db, before);
    const pastCountry = countryAt(past, country.code, "public");
    expect(pastCountry?.pledges.map((p) => [p.description, p.status])).toEqual([
      ["Air policing", "CONDITIONAL"],
    ]);
    expect(pastCountry?.pledges[0]?.conditions[0]?.condition.status).toBe("NOT_MET");
    expect(pastCountry?.blocking.map((c) => c.slug)).toEqual([condition.id]);
    expect(conditionAt(past, condition.id, "public")?.status).toBe("NOT_MET");
    // Drafts stay out of the public past view too, but signed-in readers see them.
    expect(countryAt(past, country.code, "internal")?.pledges).toHaveLength(2);

    const now = await datasetAt(db, null);
    const rebuilt = countryAt(now, country.code, "public");
    const live = await getCountry(country.code, { viewer: "public" });
    expect(
      rebuilt?.pledges.map((p) => ({ id: p.id, status: p.status, conditions: p.conditions })),
    ).toEqual(live?.pledges.map((p) => ({ id: p.id, status: p.status, conditions: p.conditions })));
    expect({
      domains: rebuilt?.domains,
      blocking: rebuilt?.blocking,
      count: rebuilt?._count,
    }).toEqual({
      domains: live?.domains,
      blocking: live?.blocking,
      count: live?._count,
    });
    expect(
      dashboardAt(now, "public").byStatus.find((s) => s.status === "DEPLOYED")?.count,
    ).toBeGreaterThanOrEqual(1);
    expect(countryAt(now, "QQ", "public")).toBeNull();
  });

  it("rebuilds a past moment once; a moment still to come again after each change", async () => {
    await makeCoalition();
    const past = new Date(Date.now() - 60_000);
    expect(await loadDatasetAt(past)).toBe(await loadDatasetAt(past));
    const later = new Date(Date.now() + 86_400_000);
    const first = await loadDatasetAt(later);
    expect(await loadDatasetAt(later)).toBe(first);
    const country = await makeCountry();
    await recordHistory("Country", country.code);
    const second = await loadDatasetAt(later);
    expect(second).not.toBe(first);
    expect(second.Country.has(country.code)).toBe(true);
  });

  it("parses asOf strictly", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(parseAsOfParam({}, now)).toEqual({ kind: "none" });
    expect(parseAsOfParam({ asOf: "2026-02-28" }, now)).toMatchObject({
      kind: "past",
      asOf: { value: "2026-02-28", at: new Date("2026-02-28T23:59:59.999Z") },
    });
    expect(parseAsOfParam({ asOf: "2026-02-30x" }, now).kind).toBe("invalid");
    expect(parseAsOfParam({ asOf: "yesterday" }, now).kind).toBe("invalid");
  });
});
