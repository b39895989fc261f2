import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ENTITY_TYPES } from "@/lib/changes/snapshot";
import { idOf, loadSnapshot } from "@/lib/entities";
import { getCountryStatusChanges, getHistory } from "@/lib/changes/queries";
import { datasetAt } from "@/lib/changes/replay";
import { createPledge, deletePledge, publishPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema, type PledgeInput } from "@/lib/pledges/schema";
import { justificationSchema } from "@/lib/changes/justification-schema";
import {
  makeCoalition,
  makeCondition,
  makeCountry,
  makePledge,
  makeSource,
} from "../support/factory";
import { userWithRole } from "../support/users";

const reason = justificationSchema.parse({ reason: "Test change" });

async function setup() {
  await makeCoalition();
  const country = await makeCountry();
  const source = await makeSource("Testland confirms 40 engineers for the mission.");
  const input: PledgeInput = pledgeSchema.parse({
    countryCode: country.code,
    domain: "ENGINEERING",
    description: "Engineers for the mission",
    status: "CONDITIONAL",
    disclosure: "OFFICIAL",
  });
  // A new pledge needs a citation; edits, publishing and deleting may give a reason alone.
  const cites = justificationSchema.parse({ sourceId: source.id, quote: "for the mission" });
  return { country, source, input, cites };
}

describe("who may write (authorization matrix for pledge mutations)", () => {
  const cases = [
    ["anonymous", null, 401],
    ["analyst", userWithRole("analyst"), 403],
    ["editor", userWithRole("editor"), 200],
    ["admin", userWithRole("admin"), 200],
  ] as const;

  for (const [label, user, expected] of cases) {
    it(`${label}: create, update, publish and delete -> ${expected === 200 ? "allowed" : expected}`, async () => {
      const { input, cites } = await setup();
      const editor = userWithRole("editor");
      const existing = await createPledge(editor, { ...input, published: false }, cites);
      if (!existing.ok) throw new Error(existing.message);
      const results = [
        await createPledge(user, { ...input, published: true }, cites),
        await updatePledge(user, existing.id, 1, { ...input, status: "CONFIRMED" }, reason),
      ];
      const version = (await db.pledge.findUniqueOrThrow({ where: { id: existing.id } })).version;
      results.push(await publishPledge(user, existing.id, version, reason));
      const afterPublish = (await db.pledge.findUniqueOrThrow({ where: { id: existing.id } }))
        .version;
      results.push(await deletePledge(user, existing.id, afterPublish, reason));
      for (const r of results) {
        if (expected === 200) expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
        else expect(r).toMatchObject({ ok: false, status: expected });
      }
      if (expected !== 200) {
        // Refused: nothing changed, and only the editor's creation is in the history.
        const row = await db.pledge.findUniqueOrThrow({ where: { id: existing.id } });
        expect(row).toMatchObject({ version: 1, status: "CONDITIONAL", published: false });
        expect(await db.auditEntry.count({ where: { entityId: existing.id } })).toBe(1);
      }
    });
  }
});

describe("sourced, conflict-safe saves", () => {
  it("attaches the citation, refuses a quote the source does not contain, and writes nothing then", async () => {
    const { source, input, cites } = await setup();
    const editor = userWithRole("editor");
    const created = await createPledge(editor, { ...input, published: true }, cites);
    if (!created.ok) throw new Error(created.message);

    const bad = await updatePledge(
      editor,
      created.id,
      1,
      { ...input, quantity: "40", unit: "engineers" },
      justificationSchema.parse({ sourceId: source.id, quote: "41 engineers" }),
    );
    expect(bad).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { quote: [expect.stringMatching(/does not appear/)] },
    });
    expect((await db.pledge.findUniqueOrThrow({ where: { id: created.id } })).quantity).toBeNull();

    const good = await updatePledge(
      editor,
      created.id,
      1,
      { ...input, quantity: "40", unit: "engineers", status: "CONFIRMED" },
      justificationSchema.parse({ sourceId: source.id, quote: "confirms 40 engineers" }),
    );
    expect(good).toMatchObject({ ok: true, version: 2 });
    const citations = await db.citation.findMany({
      where: { pledgeId: created.id },
      orderBy: { quote: "asc" },
    });
    expect(citations).toEqual([
      expect.objectContaining({
        quote: "confirms 40 engineers",
        field: expect.stringContaining("status"),
      }),
      expect.objectContaining({ quote: "for the mission", field: null }),
    ]);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entityId: created.id, action: "UPDATE" },
    });
    expect(entry).toMatchObject({
      actorId: editor.id,
      actorName: editor.name,
      citationSourceId: source.id,
      citationQuote: "confirms 40 engineers",
    });
    expect(entry.before).toMatchObject({ status: "CONDITIONAL", quantity: null });
    expect(entry.after).toMatchObject({ status: "CONFIRMED", quantity: "40" });
  });

  it("refuses a stale version with who changed it, when, and what", async () => {
    const { input, cites } = await setup();
    const alice = userWithRole("editor");
    const bob = userWithRole("editor");
    const created = await createPledge(alice, { ...input, published: true }, cites);
    if (!created.ok) throw new Error(created.message);
    expect(
      await updatePledge(bob, created.id, 1, { ...input, status: "CONFIRMED" }, reason),
    ).toMatchObject({ ok: true });
    const stale = await updatePledge(
      alice,
      created.id,
      1,
      { ...input, status: "WITHDRAWN" },
      reason,
    );
    expect(stale).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringMatching(
        new RegExp(`^Changed by ${bob.name} at .* — review and retry\\.$`),
      ),
      // In words, as the editor reads it, not CONDITIONAL/CONFIRMED.
      conflict: {
        by: bob.name,
        currentVersion: 2,
        changes: [{ field: "Status", from: "Conditional", to: "Confirmed" }],
      },
    });
    expect((await db.pledge.findUniqueOrThrow({ where: { id: created.id } })).status).toBe(
      "CONFIRMED",
    );
  });

  it("shows history diffs in words: field names, status and domain labels, country and condition names, Draft", async () => {
    const { input, country, cites } = await setup();
    const condition = await makeCondition({ name: "A signed ceasefire" });
    const editor = userWithRole("editor");
    const created = await createPledge(editor, { ...input, published: false }, cites);
    if (!created.ok) throw new Error(created.message);
    const other = await makeCountry({ name: "Otherland" });
    const updated = await updatePledge(
      editor,
      created.id,
      1,
      {
        ...input,
        countryCode: other.code,
        domain: "AIR",
        status: "CONFIRMED",
        conditionSlugs: [condition.slug],
      },
      reason,
    );
    expect(updated).toMatchObject({ ok: true });
    await publishPledge(editor, created.id, 2, reason);
    const history = await getHistory("Pledge", created.id, "internal");
    const [, change, publish] = history!.entries;
    expect(change!.changes).toEqual(
      expect.arrayContaining([
        { field: "Status", from: "Conditional", to: "Confirmed" },
        { field: "Domain", from: "Engineering", to: "Air" },
        { field: "Country", from: country.name, to: "Otherland" },
        { field: "Conditions", from: "none", to: "A signed ceasefire" },
      ]),
    );
    expect(publish!.changes).toEqual([{ field: "Publication", from: "Draft", to: "Published" }]);
  });

  it("many parallel saves from the same versions: exactly one wins per version", async () => {
    const { input, cites } = await setup();
    const editors = Array.from({ length: 6 }, () => userWithRole("editor"));
    const created = await createPledge(editors[0]!, { ...input, published: true }, cites);
    if (!created.ok) throw new Error(created.message);
    const accepted: { version: number; status: string }[] = [];
    const statuses = [
      "CONFIRMED",
      "DEPLOYING",
      "DEPLOYED",
      "WITHDRAWN",
      "ANNOUNCED",
      "FULFILLED",
    ] as const;
    for (let round = 1; round <= 3; round++) {
      const results = await Promise.all(
        editors.map((e, i) =>
          updatePledge(
            e,
            created.id,
            round,
            { ...input, status: statuses[i]!, description: `round ${round} by ${i}` },
            reason,
          ),
        ),
      );
      const winners = results.flatMap((r, i) =>
        r.ok ? [{ version: r.version, status: statuses[i]! }] : [],
      );
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.status === 409)).toBe(true);
      accepted.push(winners[0]!);
    }
    const updates = await db.auditEntry.findMany({
      where: { entityId: created.id, action: "UPDATE" },
      orderBy: { id: "asc" },
    });
    expect(updates.map((u) => (u.after as { status: string }).status)).toEqual(
      accepted.map((a) => a.status),
    );
    const final = await db.pledge.findUniqueOrThrow({ where: { id: created.id } });
    expect(final).toMatchObject({ version: 4, status: accepted.at(-1)!.status });
  });

  it("refuses edits of a deleted pledge with a clear message", async () => {
    const { input, cites } = await setup();
    const editor = userWithRole("editor");
    const created = await createPledge(editor, { ...input, published: true }, cites);
    if (!created.ok) throw new Error(created.message);
    expect(await deletePledge(editor, created.id, 1, reason)).toMatchObject({ ok: true });
    expect(await updatePledge(editor, created.id, 1, input, reason)).toMatchObject({
      ok: false,
      status: 404,
      message: expect.stringMatching(/no longer exists/),
    });
  });

  it("refuses unknown conditions and countries without a partial write", async () => {
    const { input, cites } = await setup();
    const editor = userWithRole("editor");
    const before = await db.pledge.count();
    expect(
      await createPledge(
        editor,
        { ...input, conditionSlugs: ["no-such-condition"], published: true },
        cites,
      ),
    ).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { conditionSlugs: [expect.any(String)] },
    });
    expect(
      await createPledge(editor, { ...input, countryCode: "QQ", published: true }, cites),
    ).toMatchObject({ ok: false, fieldErrors: { countryCode: [expect.any(String)] } });
    expect(await db.pledge.count()).toBe(before);
  });
});

describe("history", () => {
  it("replaying the audit log reproduces the current state, and an earlier moment the earlier state", async () => {
    const { input, cites } = await setup();
    const editor = userWithRole("editor");
    const condition = await makeCondition();
    await makePledge({ coalitionSlug: (await db.coalition.findFirstOrThrow()).slug }); // made outside the app: no history
    const created = await createPledge(
      editor,
      { ...input, conditionSlugs: [condition.slug], published: true },
      cites,
    );
    if (!created.ok) throw new Error(created.message);
    const between = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await updatePledge(
      editor,
      created.id,
      1,
      { ...input, status: "DEPLOYED", conditionSlugs: [] },
      reason,
    );

    const now = await datasetAt(db, null);
    for (const type of ENTITY_TYPES) {
      for (const [id, snapshot] of now[type]) {
        expect(await loadSnapshot(db, type, id), `${type} ${id}`).toEqual(snapshot);
        expect(idOf(type, snapshot)).toBe(id);
      }
    }
    expect(now.Pledge.get(created.id)).toMatchObject({ status: "DEPLOYED", conditionSlugs: [] });
    const earlier = await datasetAt(db, between);
    expect(earlier.Pledge.get(created.id)).toMatchObject({
      status: "CONDITIONAL",
      conditionSlugs: [condition.slug],
      version: 1,
    });
  });

  it("the audit log is append-only in the database itself", async () => {
    const { input, cites } = await setup();
    const created = await createPledge(
      userWithRole("editor"),
      { ...input, published: true },
      cites,
    );
    if (!created.ok) throw new Error(created.message);
    await expect(
      db.auditEntry.updateMany({ where: { entityId: created.id }, data: { reason: "rewritten" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditEntry.deleteMany({ where: { entityId: created.id } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`truncate "AuditEntry"`)).rejects.toThrow(/append-only/);
  });

  it("lists a country's status changes newest first, leaving out edits that kept the status and drafts for the public", async () => {
    const { country, input, cites } = await setup();
    const editor = userWithRole("editor");
    const created = await createPledge(editor, { ...input, published: true }, cites);
    if (!created.ok) throw new Error(created.message);
    await updatePledge(
      editor,
      created.id,
      1,
      { ...input, description: "Reworded, same status" },
      reason,
    );
    await updatePledge(editor, created.id, 2, { ...input, status: "DEPLOYED" }, reason);
    const draft = await createPledge(
      editor,
      { ...input, description: "Not yet public", published: false },
      cites,
    );
    if (!draft.ok) throw new Error(draft.message);

    const pub = await getCountryStatusChanges(country.code, "public");
    expect(pub.map((c) => [c.entityId, c.from, c.to, c.actor])).toEqual([
      [created.id, "CONDITIONAL", "DEPLOYED", null],
      [created.id, null, "CONDITIONAL", null],
    ]);
    const internal = await getCountryStatusChanges(country.code, "internal");
    expect(internal.map((c) => c.entityId)).toEqual([draft.id, created.id, created.id]);
    expect(internal[0]?.actor).toBe(editor.name);
    expect(await getCountryStatusChanges(country.code, "internal", 1)).toHaveLength(1);
  });
});
