import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import * as exporter from "@/app/api/v1/pledges/export/route";
import * as one from "@/app/api/v1/pledges/[id]/route";
import { db } from "@/lib/db";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { citationBacks } from "@/lib/labels";
import { pledgeSchema as apiPledgeSchema } from "@/lib/pledges/api-schema";
import { createPledge, updatePledge } from "@/lib/pledges/mutations";
import { getPledge, getPledgeForEdit, listPledges } from "@/lib/pledges/queries";
import { pledgeSchema } from "@/lib/pledges/schema";
import { makeCoalition, makeCountry, makeSource, recordHistory } from "../support/factory";
import { call } from "../support/factory-api";
import { userWithRole } from "../support/users";

const editor = userWithRole("editor");
const form = (code: string, extra: Record<string, string> = {}) =>
  pledgeSchema.safeParse({
    countryCode: code,
    domain: "ENGINEERING",
    description: "Engineers for the mission",
    status: "CONDITIONAL",
    disclosure: "OFFICIAL",
    ...extra,
  });

async function setup() {
  await makeCoalition();
  const country = await makeCountry();
  await recordHistory("Country", country.code); // as the app would have: past views name it
  const source = await makeSource(
    "Testland sends 40 engineers for the mission. The deployment runs until 30 June 2027.",
  );
  const input = form(country.code);
  if (!input.success) throw new Error(input.error.message);
  const made = await createPledge(
    editor,
    { ...input.data, published: true },
    justificationSchema.parse({ sourceId: source.id, quote: "40 engineers for the mission" }),
  );
  if (!made.ok) throw new Error(made.message);
  return { country, source, id: made.id, input: input.data };
}

describe("a pledge's effectiveUntil (when it lapses, if a source says so)", () => {
  it("goes through the one date schema: impossible dates and a lapse before it takes effect are refused", async () => {
    const code = "FR";
    expect(form(code, { effectiveUntil: "" }).data?.effectiveUntil).toBe("");
    expect(form(code, { effectiveUntil: "2027-06-30" }).data?.effectiveUntil).toBe("2027-06-30");
    const impossible = form(code, { effectiveUntil: "2027-02-31" });
    expect(impossible.success).toBe(false);
    expect(impossible.error?.issues.find((i) => i.path[0] === "effectiveUntil")?.message).toContain(
      "2027-02-31 is not a real date",
    );
    const early = form(code, { effectiveOn: "2027-01-01", effectiveUntil: "2026-12-31" });
    expect(early.error?.issues.find((i) => i.path[0] === "effectiveUntil")?.message).toBe(
      "A pledge cannot lapse before it takes effect.",
    );
  });

  it("is set by an edit with its quote, which then backs the end date; the edit form and the page read it back", async () => {
    const { source, id, input } = await setup();
    expect((await getPledge(id))?.effectiveUntil).toBeNull();
    const cites = justificationSchema.parse({
      sourceId: source.id,
      quote: "runs until 30 June 2027",
    });
    const result = await updatePledge(
      editor,
      id,
      1,
      { ...input, effectiveUntil: "2027-06-30" },
      cites,
    );
    expect(result).toMatchObject({ ok: true, version: 2 });
    const quote = await db.citation.findFirstOrThrow({
      where: { pledgeId: id, quote: "runs until 30 June 2027" },
    });
    expect(quote.field).toBe("effectiveUntil");
    expect(citationBacks(quote.field)).toBe("end date");
    expect((await getPledgeForEdit(id))?.values.effectiveUntil).toBe("2027-06-30");
    expect((await getPledge(id))?.effectiveUntil?.toISOString().slice(0, 10)).toBe("2027-06-30");
    // A quote that is not in the source is refused, and nothing is written.
    const wrong = justificationSchema.parse({ sourceId: source.id, quote: "until 2030" });
    expect(
      await updatePledge(editor, id, 2, { ...input, effectiveUntil: "2030-01-01" }, wrong),
    ).toMatchObject({ ok: false, status: 400 });
    expect(
      (await db.pledge.findUniqueOrThrow({ where: { id } })).effectiveUntil
        ?.toISOString()
        .slice(0, 10),
    ).toBe("2027-06-30");
  });

  it("is in the public API projection and the CSV export, null or empty when not stated", async () => {
    const { country, source, id, input } = await setup();
    const res = await call(one.GET, `/api/v1/pledges/${id}`, { params: { id } });
    const before = apiPledgeSchema.parse(await res.json());
    expect(before.effectiveUntil).toBeNull();
    await updatePledge(
      editor,
      id,
      1,
      { ...input, effectiveUntil: "2027-06-30" },
      justificationSchema.parse({ sourceId: source.id, quote: "runs until 30 June 2027" }),
    );
    const body = (await (
      await call(one.GET, `/api/v1/pledges/${id}`, { params: { id } })
    ).json()) as Record<string, unknown>;
    expect(body.effectiveUntil).toBe("2027-06-30");
    expect(Object.keys(body)).not.toContain("internalNote");
    expect(Object.keys(body)).not.toContain("version");
    const csv = await (
      await call(exporter.GET, `/api/v1/pledges/export?format=csv&country=${country.code}`)
    ).text();
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toContain("effective_until");
    expect(parsed.data.find((r) => r.id === id)?.effective_until).toBe("2027-06-30");
  });

  it("is rebuilt in the as-of view: not stated before the edit, the date after it", async () => {
    const { source, id, input, country } = await setup();
    await new Promise((r) => setTimeout(r, 5));
    const between = new Date();
    await new Promise((r) => setTimeout(r, 5));
    await updatePledge(
      editor,
      id,
      1,
      { ...input, effectiveUntil: "2027-06-30" },
      justificationSchema.parse({ sourceId: source.id, quote: "runs until 30 June 2027" }),
    );
    expect((await getPledge(id, { at: between }))?.effectiveUntil).toBeNull();
    const now = await getPledge(id, { at: new Date(Date.now() + 1000) });
    expect(now?.effectiveUntil?.toISOString().slice(0, 10)).toBe("2027-06-30");
    // The list reads the same moment the same way.
    const past = await listPledges({ country: country.code }, { at: between });
    expect(past.map((p) => [p.id, p.effectiveUntil])).toEqual([[id, null]]);
  });
});
