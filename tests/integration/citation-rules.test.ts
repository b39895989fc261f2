import { describe, expect, it } from "vitest";
import { createCondition } from "@/lib/conditions/mutations";
import { conditionSchema } from "@/lib/conditions/schema";
import { db } from "@/lib/db";
import { createEvent } from "@/lib/events/mutations";
import { eventSchema } from "@/lib/events/schema";
import {
  justificationSchema,
  newFactJustificationSchema,
} from "@/lib/changes/justification-schema";
import { setPosture } from "@/lib/postures/mutations";
import { postureSchema } from "@/lib/postures/schema";
import { createPledge, publishPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema } from "@/lib/pledges/schema";
import { createRequirement } from "@/lib/requirements/mutations";
import { requirementSchema } from "@/lib/requirements/schema";
import { segmentText } from "@/components/citations/highlighted-text";
import { makeCoalition, makeCountry, makeSource, uid } from "../support/factory";
import { userWithRole } from "../support/users";

const editor = userWithRole("editor");
const reasonOnly = justificationSchema.parse({ reason: "I read it somewhere" });
const SOURCE = "Kyiv’s allies met again. A cease‑fire must come first,\nsaid the minister.";

async function setup() {
  await makeCoalition();
  const country = await makeCountry();
  const source = await makeSource(SOURCE);
  const cite = (quote: string) => justificationSchema.parse({ sourceId: source.id, quote });
  const input = pledgeSchema.parse({
    countryCode: country.code,
    domain: "AIR",
    description: "Air policing",
    status: "ANNOUNCED",
    disclosure: "OFFICIAL",
  });
  return { country, source, cite, input };
}

describe("no uncited fact", () => {
  it("refuses to create a fact of any kind with only a written reason, and writes nothing", async () => {
    const { country, input } = await setup();
    const before = await Promise.all([
      db.pledge.count(),
      db.condition.count(),
      db.event.count(),
      db.requirement.count(),
      db.membership.count(),
      db.auditEntry.count(),
    ]);
    const condition = conditionSchema.parse({
      name: `Cond ${uid("c")}`,
      description: "A condition.",
      category: "LEGAL",
      status: "NOT_MET",
      evidence: "None yet.",
    });
    const results = [
      await createPledge(editor, { ...input, published: true }, reasonOnly),
      await createPledge(editor, { ...input, published: false }, reasonOnly),
      await createCondition(editor, { ...condition, published: true }, reasonOnly),
      await createEvent(
        editor,
        {
          ...eventSchema.parse({
            kind: "STATEMENT",
            title: "Something said",
            summary: "Somebody said it.",
          }),
          published: true,
        },
        reasonOnly,
      ),
      await createRequirement(
        editor,
        requirementSchema.parse({ domain: "AIR", description: "Air policing" }),
        reasonOnly,
      ),
      await setPosture(
        editor,
        country.code,
        null,
        postureSchema.parse({ posture: "CONSIDERING", isMember: true, summary: "Considering it." }),
        reasonOnly,
      ),
    ];
    for (const r of results) {
      expect(r).toMatchObject({
        ok: false,
        status: 400,
        message: expect.stringMatching(/new fact needs a citation/),
        fieldErrors: { sourceId: [expect.any(String)], quote: [expect.any(String)] },
      });
    }
    const after = await Promise.all([
      db.pledge.count(),
      db.condition.count(),
      db.event.count(),
      db.requirement.count(),
      db.membership.count(),
      db.auditEntry.count(),
    ]);
    expect(after).toEqual(before);
  });

  it("the form's schema for a new fact asks for the source and quote beside their fields", () => {
    const parsed = justificationSchema.safeParse({ reason: "enough for an edit" });
    expect(parsed.success).toBe(true);
    const strict = newFactJustificationSchema.safeParse({ reason: "not enough" });
    expect(strict.success).toBe(false);
    expect(strict.error!.issues.map((i) => i.path[0]).sort()).toEqual(["quote", "sourceId"]);
  });

  it("lets a reason justify an edit of a cited fact, but not publishing or editing an uncited draft", async () => {
    const { input, cite } = await setup();
    const created = await createPledge(
      editor,
      { ...input, published: true },
      cite("Kyiv’s allies met again."),
    );
    expect(created).toMatchObject({ ok: true });
    expect(
      await updatePledge(
        editor,
        created.ok ? created.id : "",
        1,
        { ...input, status: "CONFIRMED" },
        reasonOnly,
      ),
    ).toMatchObject({ ok: true, version: 2 });

    // A draft saved before the rule (no citation): neither a reason-only edit nor publishing goes through.
    const coalitionSlug = (await db.coalition.findFirstOrThrow()).slug;
    const draft = await db.pledge.create({
      data: {
        id: uid("pledge"),
        coalitionSlug,
        domain: "AIR",
        description: "Old draft",
        status: "ANNOUNCED",
        disclosure: "OFFICIAL",
        published: false,
      },
    });
    expect(
      await updatePledge(
        editor,
        draft.id,
        1,
        { ...input, description: "Still a draft" },
        reasonOnly,
      ),
    ).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/no citation yet/) });
    expect(await publishPledge(editor, draft.id, 1, reasonOnly)).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringMatching(/draft has no citation/),
    });
    expect((await db.pledge.findUniqueOrThrow({ where: { id: draft.id } })).published).toBe(false);

    // Cited with the publishing itself, it goes live.
    expect(
      await publishPledge(editor, draft.id, 1, cite("A cease‑fire must come first")),
    ).toMatchObject({ ok: true });
    expect(await db.citation.count({ where: { pledgeId: draft.id } })).toBe(1);
  });
});

describe("quote matching forgives typography, not words", () => {
  it("accepts straight apostrophes, plain hyphens and other whitespace, and stores the source's characters", async () => {
    const { input, cite, source } = await setup();
    const created = await createPledge(
      editor,
      { ...input, published: true },
      cite("Kyiv's allies"),
    );
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.id : "";
    expect(
      await updatePledge(
        editor,
        id,
        1,
        { ...input, status: "CONDITIONAL" },
        cite("A cease-fire must  come first, said\u00a0the minister"),
      ),
    ).toMatchObject({ ok: true });

    const quotes = (
      await db.citation.findMany({ where: { pledgeId: id }, orderBy: { quote: "asc" } })
    ).map((c) => c.quote);
    expect(quotes).toEqual(["A cease‑fire must come first,\nsaid the minister", "Kyiv’s allies"]);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: id, action: "CREATE" },
    });
    expect(audit.citationQuote).toBe("Kyiv’s allies");
    // The source page's highlighting finds both, as stored.
    const marked = segmentText(
      source.text,
      quotes.map((quote, i) => ({ id: String(i), quote })),
    ).filter((s) => s.ids.length);
    expect(marked.map((s) => s.text)).toEqual([
      "Kyiv’s allies",
      "A cease‑fire must come first,\nsaid the minister",
    ]);
  });

  it("refuses a changed word, and shows the closest passage of the source", async () => {
    const { input, cite } = await setup();
    const result = await createPledge(
      editor,
      { ...input, published: true },
      cite("A ceasefire must come later"),
    );
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { quote: [expect.stringMatching(/does not appear word for word/)] },
      closestPassage: "A cease‑fire must come first,\nsaid the minister.",
    });
    expect(
      await createPledge(editor, { ...input, published: true }, cite("Kyiv's enemies")),
    ).toMatchObject({ ok: false, closestPassage: expect.stringContaining("Kyiv’s") });
  });
});

describe("duplicates and what a quote backs", () => {
  it("does not attach a quote the fact already has, however it is typed", async () => {
    const { input, cite } = await setup();
    const created = await createPledge(
      editor,
      { ...input, published: true },
      cite("Kyiv’s allies met again."),
    );
    const id = created.ok ? created.id : "";
    expect(
      await updatePledge(
        editor,
        id,
        1,
        { ...input, status: "CONFIRMED" },
        cite("Kyiv’s allies met again."),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await updatePledge(
        editor,
        id,
        2,
        { ...input, status: "DEPLOYED" },
        cite("Kyiv's allies  met again."),
      ),
    ).toMatchObject({ ok: true });
    expect(await db.citation.count({ where: { pledgeId: id } })).toBe(1);
    // Each save still records the quote it cited.
    const entries = await db.auditEntry.findMany({
      where: { entityId: id },
      orderBy: { id: "asc" },
    });
    expect(entries.map((e) => e.citationQuote)).toEqual([
      "Kyiv’s allies met again.",
      "Kyiv’s allies met again.",
      "Kyiv’s allies met again.",
    ]);
  });

  it("records no field list for a creation's quote, and the changed fields for an edit's", async () => {
    const { input, cite } = await setup();
    const created = await createPledge(
      editor,
      { ...input, published: true },
      cite("Kyiv’s allies"),
    );
    const id = created.ok ? created.id : "";
    await updatePledge(
      editor,
      id,
      1,
      { ...input, status: "CONFIRMED", internalNote: "checked" },
      cite("said the minister"),
    );
    const citations = await db.citation.findMany({
      where: { pledgeId: id },
      orderBy: { quote: "asc" },
    });
    expect(citations.map((c) => [c.quote, c.field])).toEqual([
      ["Kyiv’s allies", null],
      ["said the minister", "status"],
    ]);
  });
});
