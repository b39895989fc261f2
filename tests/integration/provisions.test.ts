import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProvision, updateProvision } from "@/lib/provisions/mutations";
import { getFramework } from "@/lib/provisions/queries";
import { makeCondition, makeSource } from "../support/factory";
import { userWithRole } from "../support/users";

const TEXT =
  "The parties agreed a cease-fire on Monday. Monitors began patrols on 3 March. The patrols now cover the whole line.";

async function framework() {
  const source = await makeSource(TEXT);
  const slug = `fw-${source.id}`.slice(0, 60);
  await db.framework.create({
    data: { slug, name: "Test framework", description: "For tests.", sourceId: source.id },
  });
  return { slug, sourceId: source.id };
}

describe("framework provisions", () => {
  it("keeps each cited change of status, in order, with the date it happened", async () => {
    const editor = userWithRole("editor");
    const { slug, sourceId } = await framework();
    const condition = await makeCondition({ status: "NOT_MET" });
    const created = await createProvision(
      editor,
      slug,
      {
        name: "Ceasefire monitoring",
        description: "Monitors on the line.",
        status: "NOT_STARTED",
        conditionSlugs: [condition.slug],
        internalNote: "",
        published: true,
      },
      { sourceId, quote: "The parties agreed a cease-fire on Monday.", reason: "" },
    );
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : "";

    // A new status with only a reason is refused: the status is what this room records.
    const uncited = await updateProvision(
      editor,
      id,
      1,
      {
        name: "Ceasefire monitoring",
        description: "Monitors on the line.",
        status: "MINIMAL",
        conditionSlugs: [],
        internalNote: "",
      },
      { sourceId: "", quote: "", reason: "I heard so" },
    );
    expect(uncited).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { quote: [expect.any(String)] },
    });

    const minimal = await updateProvision(
      editor,
      id,
      1,
      {
        name: "Ceasefire monitoring",
        description: "Monitors on the line.",
        status: "MINIMAL",
        conditionSlugs: [condition.slug],
        internalNote: "",
      },
      {
        sourceId,
        quote: "Monitors began patrols on 3 March.",
        reason: "",
        happenedOn: "2026-03-03",
      },
    );
    expect(minimal.ok).toBe(true);
    // A stale version is refused, never silently overwritten.
    const stale = await updateProvision(
      editor,
      id,
      1,
      {
        name: "x x x",
        description: "Monitors on the line.",
        status: "FULL",
        conditionSlugs: [],
        internalNote: "",
      },
      { sourceId, quote: "The patrols now cover the whole line.", reason: "" },
    );
    expect(stale).toMatchObject({ ok: false, status: 409 });
    const full = await updateProvision(
      editor,
      id,
      2,
      {
        name: "Ceasefire monitoring",
        description: "Monitors on the line.",
        status: "FULL",
        conditionSlugs: [condition.slug],
        internalNote: "",
      },
      { sourceId, quote: "The patrols now cover the whole line.", reason: "" },
    );
    expect(full.ok).toBe(true);

    const fw = await getFramework(slug, "public");
    const p = fw!.provisions.find((x) => x.id === id)!;
    expect(p.status).toBe("FULL");
    expect(p.conditions.map((c) => c.condition.slug)).toEqual([condition.slug]);
    expect(p.history.map((s) => s.status)).toEqual(["NOT_STARTED", "MINIMAL", "FULL"]);
    expect(p.history[1]).toMatchObject({ quote: "Monitors began patrols on 3 March." });
    expect(p.history[1]!.happenedOn?.toISOString().slice(0, 10)).toBe("2026-03-03");
    expect(p.history[2]!.happenedOn).toBeNull();
    expect(p.citations.map((c) => c.quote)).toEqual([
      "The parties agreed a cease-fire on Monday.",
      "Monitors began patrols on 3 March.",
      "The patrols now cover the whole line.",
    ]);
  });

  it("keeps a draft provision from the public, and refuses an unknown framework", async () => {
    const editor = userWithRole("editor");
    const { slug, sourceId } = await framework();
    const draft = await createProvision(
      editor,
      slug,
      {
        name: "Referenda",
        description: "Observed referenda.",
        status: "UNDER_CONSIDERATION",
        conditionSlugs: [],
        internalNote: "secret",
        published: false,
      },
      { sourceId, quote: "The parties agreed a cease-fire on Monday.", reason: "" },
    );
    expect(draft.ok).toBe(true);
    expect((await getFramework(slug, "public"))!.provisions).toEqual([]);
    expect((await getFramework(slug, "internal"))!.provisions.map((p) => p.name)).toEqual([
      "Referenda",
    ]);
    const nowhere = await createProvision(
      editor,
      "no-such-framework",
      {
        name: "X provision",
        description: "Nowhere.",
        status: "UNDER_CONSIDERATION",
        conditionSlugs: [],
        internalNote: "",
        published: true,
      },
      { sourceId, quote: "Monitors began patrols on 3 March.", reason: "" },
    );
    expect(nowhere).toMatchObject({ ok: false, status: 404 });
  });
});
