import { describe, expect, it } from "vitest";
import { removeCitation } from "@/lib/citations/mutations";
import { db } from "@/lib/db";
import { countryAt } from "@/lib/countries/as-of";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { getHistory } from "@/lib/changes/queries";
import { datasetAt } from "@/lib/changes/replay";
import { createPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema } from "@/lib/pledges/schema";
import { makeCoalition, makeCountry, makeSource, recordHistory } from "../support/factory";
import { userWithRole } from "../support/users";

async function citedPledge() {
  await makeCoalition();
  const country = await makeCountry();
  await recordHistory("Country", country.code);
  const source = await makeSource(
    "Testland sends 40 engineers. A later report says 30 medics, not engineers.",
  );
  const editor = userWithRole("editor");
  const input = pledgeSchema.parse({
    countryCode: country.code,
    domain: "ENGINEERING",
    description: "Engineers",
    status: "ANNOUNCED",
    disclosure: "OFFICIAL",
  });
  const cite = (quote: string) => justificationSchema.parse({ sourceId: source.id, quote });
  const created = await createPledge(editor, { ...input, published: true }, cite("30 medics"));
  if (!created.ok) throw new Error(created.message);
  await updatePledge(
    editor,
    created.id,
    1,
    { ...input, description: "Forty engineers" },
    cite("40 engineers"),
  );
  const citations = await db.citation.findMany({
    where: { pledgeId: created.id },
    orderBy: { id: "asc" },
  });
  return {
    country,
    source,
    editor,
    pledgeId: created.id,
    wrong: citations.find((c) => c.quote === "30 medics")!,
    right: citations.find((c) => c.quote === "40 engineers")!,
  };
}

describe("removing a citation", () => {
  it("takes the quote off, records why on the fact's history, and keeps it in the past", async () => {
    const { country, source, editor, pledgeId, wrong, right } = await citedPledge();
    const before = new Date();
    await new Promise((r) => setTimeout(r, 20));

    const result = await removeCitation(editor, {
      citationId: wrong.id,
      reason: "It is about medics.",
    });
    expect(result.ok).toBe(true);
    expect((await db.citation.findMany({ where: { pledgeId } })).map((c) => c.id)).toEqual([
      right.id,
    ]);

    const history = await getHistory("Pledge", pledgeId, "public");
    const last = history!.entries.at(-1)!;
    expect(last.reason).toBe(
      `Removed the quote “30 medics” from ${source.title}. It is about medics.`,
    );
    expect(last.changes).toEqual([]);
    expect(
      await db.auditEntry.count({
        where: { entityType: "Citation", entityId: wrong.id, action: "DELETE" },
      }),
    ).toBe(1);

    const past = countryAt(await datasetAt(db, before), country.code, "public");
    expect(past?.pledges[0]?.citations.map((c) => c.quote).sort()).toEqual([
      "30 medics",
      "40 engineers",
    ]);
  });

  it("refuses to remove a fact's last quote, without a reason, or for readers", async () => {
    const { editor, pledgeId, wrong, right } = await citedPledge();
    expect(
      await removeCitation(userWithRole("analyst"), { citationId: wrong.id, reason: "no" }),
    ).toMatchObject({ ok: false, status: 403 });
    expect(await removeCitation(null, { citationId: wrong.id, reason: "no" })).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(
      await removeCitation(editor, { citationId: "no-such-citation", reason: "gone" }),
    ).toMatchObject({ ok: false, status: 404 });

    expect(
      (await removeCitation(editor, { citationId: wrong.id, reason: "Wrong pledge." })).ok,
    ).toBe(true);
    const last = await removeCitation(editor, {
      citationId: right.id,
      reason: "Trying to leave it bare.",
    });
    expect(last).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringMatching(/only citation/),
    });
    expect(await db.citation.count({ where: { pledgeId } })).toBe(1);
  });
});
