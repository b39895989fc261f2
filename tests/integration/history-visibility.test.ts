/**
 * What was never published stays invisible to the public after it is deleted, on every
 * path that reads history: the history page, a country's status changes, as-of views,
 * frozen share links and the over-time charts.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countryAt } from "@/lib/countries/as-of";
import { dashboardAt } from "@/lib/dashboard/as-of";
import { loadDatasetAt } from "@/lib/history/as-of";
import { pledgesAt } from "@/lib/pledges/as-of";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { getCountryStatusChanges, getHistory, parseEntityType } from "@/lib/changes/queries";
import { createPledge, deletePledge, publishPledge } from "@/lib/pledges/mutations";
import { pledgeSchema } from "@/lib/pledges/schema";
import { loadSharedView } from "@/lib/shares/view";
import {
  citation,
  makeCoalition,
  makeCountry,
  makeSource,
  recordHistory,
} from "../support/factory";
import { userWithRole } from "../support/users";

const reason = justificationSchema.parse({ reason: "history visibility test" });
const editor = userWithRole("editor");
const tick = () => new Promise((r) => setTimeout(r, 20));

async function setUp() {
  await makeCoalition();
  const country = await makeCountry();
  await recordHistory("Country", country.code);
  const input = pledgeSchema.parse({
    countryCode: country.code,
    domain: "AIR",
    description: "Secret air draft",
    status: "CONDITIONAL",
    disclosure: "OFFICIAL",
  });
  return { country, input };
}

async function draftThenDeleted() {
  const { country, input } = await setUp();
  const draft = await createPledge(
    editor,
    { ...input, published: false },
    justificationSchema.parse(await citation()),
  );
  if (!draft.ok) throw new Error(draft.message);
  await tick();
  const whileDraft = new Date();
  await tick();
  const deleted = await deletePledge(editor, draft.id, 1, reason);
  expect(deleted.ok).toBe(true);
  return { country, id: draft.id, whileDraft };
}

describe("history of deleted drafts", () => {
  it("hides a deleted draft's history (and its deletion) from the public, not from signed-in users", async () => {
    const { id } = await draftThenDeleted();
    expect(await getHistory("Pledge", id, "public")).toBeNull();
    const internal = await getHistory("Pledge", id, "internal");
    expect(internal?.entries.map((e) => e.action)).toEqual(["CREATE", "DELETE"]);
    expect(internal?.deleted).toBe(true);
  });

  it("keeps a published pledge's history public after its deletion, deletion included", async () => {
    const { input } = await setUp();
    const draft = await createPledge(
      editor,
      { ...input, published: false },
      justificationSchema.parse(await citation()),
    );
    if (!draft.ok) throw new Error(draft.message);
    expect((await publishPledge(editor, draft.id, 1, reason)).ok).toBe(true);
    expect((await deletePledge(editor, draft.id, 2, reason)).ok).toBe(true);
    const history = await getHistory("Pledge", draft.id, "public");
    // The draft's own creation stays hidden; its publication and deletion are public.
    expect(history?.entries.map((e) => e.action)).toEqual(["PUBLISH", "DELETE"]);
    expect(history?.deleted).toBe(true);
    expect(history?.lastKnown?.description).toBe("Secret air draft");
  });

  // Only records that still exist are listed there, so a deleted draft cannot surface.
  it("leaves a deleted draft out of the country's public status changes", async () => {
    const { country, id } = await draftThenDeleted();
    expect(
      (await getCountryStatusChanges(country.code, "public")).map((c) => c.entityId),
    ).not.toContain(id);
  });

  it("never shows a deleted draft in as-of views, frozen share links or the charts", async () => {
    const { country, id, whileDraft } = await draftThenDeleted();
    for (const at of [whileDraft, new Date()]) {
      const ds = await loadDatasetAt(at);
      expect(countryAt(ds, country.code, "public")?.pledges.map((p) => p.id)).not.toContain(id);
      expect(pledgesAt(ds, "public").map((p) => p.id)).not.toContain(id);
      expect(dashboardAt(ds, "public").totalPledges).toBe(pledgesAt(ds, "public").length);
      for (const params of [
        { scope: "COUNTRY" as const, code: country.code },
        { scope: "PLEDGES" as const, filters: {} },
      ]) {
        const view = await loadSharedView({ id: "s", params, frozenAt: at, createdAt: at });
        const shown =
          view.scope === "COUNTRY"
            ? view.country?.pledges
            : view.scope === "PLEDGES"
              ? view.pledges
              : [];
        expect(shown?.map((p) => p.id)).not.toContain(id);
      }
    }
    // Signed-in readers do see the draft as it stood.
    expect(
      countryAt(await loadDatasetAt(whileDraft), country.code, "internal")?.pledges.map(
        (p) => p.id,
      ),
    ).toContain(id);
    // A citation's own history has no page: it is shown only on the fact it backs.
    expect(parseEntityType("Citation")).toBeNull();
  });

  it("does not show the public a quote from a draft source in a published record's history", async () => {
    const { input } = await setUp();
    const source = await makeSource("The draft source says air policing will happen.");
    await db.source.update({ where: { id: source.id }, data: { published: false } });
    const created = await createPledge(
      editor,
      { ...input, published: true },
      { sourceId: source.id, quote: "air policing will happen", reason: "" },
    );
    if (!created.ok) throw new Error(created.message);
    const history = await getHistory("Pledge", created.id, "public");
    expect(history?.entries[0]?.citation).toBeNull();
    expect(
      (await getHistory("Pledge", created.id, "internal"))?.entries[0]?.citation?.sourceTitle,
    ).toBe(source.title);
  });
});
