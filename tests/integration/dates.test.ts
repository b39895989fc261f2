import { describe, expect, it } from "vitest";
import * as events from "@/app/api/v1/events/route";
import * as pledges from "@/app/api/v1/pledges/route";
import * as source from "@/app/api/v1/sources/[id]/route";
import { db } from "@/lib/db";
import { dateOrNull } from "@/lib/dates/schema";
import { parseChange } from "@/lib/forms/form-data";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { getCountryStatusChanges } from "@/lib/changes/queries";
import { createPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema } from "@/lib/pledges/schema";
import { createSource } from "@/lib/sources/mutations";
import { sourceSchema } from "@/lib/sources/schema";
import {
  citation,
  makeCoalition,
  makeCountry,
  makeSource,
  recordHistory,
} from "../support/factory";
import { call } from "../support/factory-api";
import { userWithRole } from "../support/users";

const editor = userWithRole("editor");
const today = () => new Date().toISOString().slice(0, 10);

describe("a change keeps both times: when it happened and when it was recorded", () => {
  it("stores the date the source states beside the recording time, and lists both", async () => {
    const coalition = await makeCoalition();
    const country = await makeCountry({ coalitionSlug: coalition });
    await recordHistory("Country", country.code);
    const src = await makeSource("On 20 November the pledge was confirmed by the ministry.");
    await db.source.update({
      where: { id: src.id },
      data: { publishedOn: new Date("2026-11-25T00:00:00Z") },
    });
    const input = pledgeSchema.parse({
      countryCode: country.code,
      domain: "AIR",
      description: "Air policing",
      status: "ANNOUNCED",
      disclosure: "OFFICIAL",
    });
    const created = await createPledge(
      editor,
      { ...input, published: true },
      justificationSchema.parse(await citation()),
    );
    if (!created.ok) throw new Error(created.message);
    const dated = justificationSchema.parse({
      sourceId: src.id,
      quote: "the pledge was confirmed",
      happenedOn: "2026-11-20",
    });
    const updated = await updatePledge(
      editor,
      created.id,
      1,
      { ...input, status: "CONFIRMED" },
      dated,
    );
    expect(updated.ok).toBe(true);

    const [confirmed, announced] = await getCountryStatusChanges(country.code, "public");
    expect(confirmed).toMatchObject({
      to: "CONFIRMED",
      happenedOn: new Date("2026-11-20T00:00:00Z"),
      happenedKind: "happened",
      reportedOn: new Date("2026-11-25T00:00:00Z"),
    });
    expect(confirmed!.at.toISOString().slice(0, 10)).toBe(today());
    // No date given and none announced: not stated, never the recording day.
    expect(announced).toMatchObject({ to: "ANNOUNCED", happenedOn: null, reportedOn: null });
  });

  it("uses a new pledge's announcement date as when it happened", async () => {
    const coalition = await makeCoalition();
    const country = await makeCountry({ coalitionSlug: coalition });
    const input = pledgeSchema.parse({
      countryCode: country.code,
      domain: "AIR",
      description: "Fighter jets",
      status: "ANNOUNCED",
      disclosure: "OFFICIAL",
      announcedOn: "2025-09-04",
    });
    const created = await createPledge(
      editor,
      { ...input, published: true },
      justificationSchema.parse(await citation()),
    );
    expect(created.ok).toBe(true);
    const [change] = await getCountryStatusChanges(country.code, "public");
    expect(change).toMatchObject({
      happenedOn: new Date("2025-09-04T00:00:00Z"),
      happenedKind: "announced",
    });
  });
});

describe("impossible and out-of-range dates are refused, never rolled over", () => {
  const BAD = [
    ["0000-01-01", "the year must be from 1900 to 2100"],
    ["2026-02-31", "2026-02-31 is not a real date"],
    ["99999-01-01", "is not a date"],
  ] as const;

  it.each(BAD)("the API answers %s with a 400 saying why", async (value, why) => {
    for (const [handler, path] of [
      [events.GET, "/api/v1/events"],
      [pledges.GET, "/api/v1/pledges"],
    ] as const) {
      for (const param of ["from", "to"]) {
        const res = await call(handler, `${path}?${param}=${value}`);
        expect(res.status, `${path}?${param}=${value}`).toBe(400);
        const { error } = (await res.json()) as { error: { message: string } };
        expect(error.message).toContain(`"${param}"`);
        expect(error.message).toContain(why);
      }
    }
  });

  it.each(BAD)("a form shows %s beside its field and nothing is written", async (value, why) => {
    const audits = await db.auditEntry.count();
    const values = {
      countryCode: "",
      pledgerNote: "Someone",
      domain: "AIR",
      description: "Fighter jets",
      status: "ANNOUNCED",
      disclosure: "OFFICIAL",
      announcedOn: value,
      happenedOn: value,
      reason: "r",
    };
    const state = parseChange(pledgeSchema, values, { newFact: false });
    expect("ok" in state && state.fieldErrors?.announcedOn?.[0]).toContain(why);
    const justification = justificationSchema.safeParse(values);
    expect(justification.error?.issues.map((i) => [i.path[0], i.message.includes(why)])).toEqual([
      ["happenedOn", true],
    ]);
    const src = sourceSchema.safeParse({
      title: "A source",
      text: "A long enough source text.",
      publishedOn: value,
    });
    expect(src.error?.issues.map((i) => i.path[0])).toEqual(["publishedOn"]);
    // The mutations' last guard: an unchecked value is an error, not a rolled-over date.
    expect(() => dateOrNull(value)).toThrow(why);
    expect(await db.auditEntry.count()).toBe(audits);
  });
});

describe("a source's publication date", () => {
  it("goes in through the source form's schema and comes out of the API; empty means not stated", async () => {
    const text = `A report on the coalition ${Math.random()}. It says many things.`;
    const dated = await createSource(
      editor,
      sourceSchema.parse({ title: "Dated report", publishedOn: "2026-11-03", text }),
      justificationSchema.parse({ reason: "new" }),
    );
    const undated = await createSource(
      editor,
      sourceSchema.parse({ title: "Undated report", publishedOn: "", text: `${text} More.` }),
      justificationSchema.parse({ reason: "new" }),
    );
    if (!dated.ok || !undated.ok) throw new Error("source not created");
    const get = async (id: string) =>
      (await (await call(source.GET, `/api/v1/sources/${id}`, { params: { id } })).json()) as {
        publishedOn: string | null;
      };
    expect((await get(dated.id)).publishedOn).toBe("2026-11-03");
    expect((await get(undated.id)).publishedOn).toBeNull();
  });
});
