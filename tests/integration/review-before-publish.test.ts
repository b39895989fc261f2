import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createEvent, deleteEvent, updateEvent } from "@/lib/events/mutations";
import { eventSchema } from "@/lib/events/schema";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { createPledge, publishPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema } from "@/lib/pledges/schema";
import { createProvision, updateProvision } from "@/lib/provisions/mutations";
import { approveProposal, rejectProposal } from "@/lib/review/mutations";
import { getProposal } from "@/lib/review/queries";
import {
  citation,
  makeCoalition,
  makeCondition,
  makeCountry,
  makeSource,
} from "../support/factory";
import { userWithRole } from "../support/users";

const reason = justificationSchema.parse({ reason: "Source says so" });

async function setup() {
  await makeCoalition();
  const country = await makeCountry();
  const input = pledgeSchema.parse({
    countryCode: country.code,
    domain: "MEDICAL",
    description: "Field hospital",
    status: "ANNOUNCED",
    disclosure: "OFFICIAL",
  });
  return { country, input, proposer: userWithRole("editor"), second: userWithRole("editor") };
}

const audit = (entityId: string) =>
  db.auditEntry.findMany({
    where: { entityId },
    orderBy: { id: "asc" },
    select: { action: true, actorName: true, reason: true },
  });

describe("review before publish, on (GUARANTOR_REVIEW_BEFORE_PUBLISH=on)", () => {
  beforeEach(() => {
    process.env.GUARANTOR_REVIEW_BEFORE_PUBLISH = "on";
  });
  afterEach(() => {
    delete process.env.GUARANTOR_REVIEW_BEFORE_PUBLISH;
  });

  it("holds a change to a published fact; the proposer cannot approve it; a second editor's approval makes it, recorded", async () => {
    const { input, proposer, second } = await setup();
    delete process.env.GUARANTOR_REVIEW_BEFORE_PUBLISH;
    const made = await createPledge(proposer, { ...input, published: true }, await citation());
    if (!made.ok) throw new Error(made.message);
    process.env.GUARANTOR_REVIEW_BEFORE_PUBLISH = "on";

    const held = await updatePledge(
      proposer,
      made.id,
      1,
      { ...input, status: "CONFIRMED" },
      reason,
    );
    expect(held).toMatchObject({
      ok: false,
      status: 202,
      proposalId: expect.stringMatching(/^cp-/),
    });
    const proposalId = (held as { proposalId: string }).proposalId;
    expect(await db.pledge.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      status: "ANNOUNCED",
      version: 1,
    });

    // The reviewer sees the change in words and the fact's citations.
    const shown = await getProposal(proposalId);
    expect(shown?.changes).toEqual([{ field: "Status", from: "Announced", to: "Confirmed" }]);
    expect(shown?.existing.map((c) => c.quote)).toEqual(["It says"]);
    expect(shown?.reason).toBe("Source says so");

    expect(await approveProposal(proposer, proposalId, "")).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringMatching(/another editor/),
    });
    expect(await db.pledge.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      status: "ANNOUNCED",
    });

    expect(await approveProposal(second, proposalId, "Checked the source")).toMatchObject({
      ok: true,
    });
    expect(await db.pledge.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      status: "CONFIRMED",
      version: 2,
    });
    expect(await db.changeProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      status: "APPROVED",
      decidedById: second.id,
    });
    // The proposer stays the author of the change; the approval is its own entry.
    expect(await audit(made.id)).toEqual([
      expect.objectContaining({ action: "CREATE" }),
      { action: "UPDATE", actorName: proposer.name, reason: "Source says so" },
    ]);
    expect(await audit(proposalId)).toEqual([
      { action: "PROPOSE", actorName: proposer.name, reason: "Source says so" },
      { action: "APPROVE", actorName: second.name, reason: "Checked the source" },
    ]);
    // Decided once: a second approval is refused.
    expect(await approveProposal(userWithRole("editor"), proposalId, "")).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it("a draft's publication waits; a rejection changes nothing and is recorded with its reason", async () => {
    const { input, proposer, second } = await setup();
    const draft = await createPledge(proposer, { ...input, published: false }, await citation());
    if (!draft.ok) throw new Error(draft.message); // a draft is not live: no review needed
    const held = await publishPledge(proposer, draft.id, 1, reason);
    expect(held).toMatchObject({ ok: false, status: 202 });
    const proposalId = (held as { proposalId: string }).proposalId;
    expect((await getProposal(proposalId))?.changes).toContainEqual({
      field: "Publication",
      from: "Draft",
      to: "Published",
    });

    expect(await rejectProposal(proposer, proposalId, "Never mind")).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(
      await rejectProposal(second, proposalId, "The source is an opinion piece"),
    ).toMatchObject({ ok: true });
    expect(await db.pledge.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      published: false,
      version: 1,
    });
    expect(await approveProposal(userWithRole("editor"), proposalId, "")).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await audit(proposalId)).toEqual([
      { action: "PROPOSE", actorName: proposer.name, reason: "Source says so" },
      { action: "REJECT", actorName: second.name, reason: "The source is an opinion piece" },
    ]);
  });

  it("a new published fact is held whole: approval creates it under the proposed id, with its citation", async () => {
    const { input, proposer, second } = await setup();
    const held = await createPledge(proposer, { ...input, published: true }, await citation());
    expect(held).toMatchObject({ ok: false, status: 202 });
    const proposal = await db.changeProposal.findUniqueOrThrow({
      where: { id: (held as { proposalId: string }).proposalId },
    });
    expect(await db.pledge.count({ where: { id: proposal.entityId } })).toBe(0);
    expect(await db.citation.count({ where: { pledgeId: proposal.entityId } })).toBe(0);
    expect(await approveProposal(second, proposal.id, "")).toMatchObject({
      ok: true,
      entityId: proposal.entityId,
    });
    expect(await db.pledge.findUniqueOrThrow({ where: { id: proposal.entityId } })).toMatchObject({
      published: true,
      description: "Field hospital",
    });
    expect(await db.citation.count({ where: { pledgeId: proposal.entityId } })).toBe(1);
  });

  it("an approval of a stale proposal is refused as a conflict, and the proposal stays pending", async () => {
    const { input, proposer, second } = await setup();
    delete process.env.GUARANTOR_REVIEW_BEFORE_PUBLISH;
    const made = await createPledge(proposer, { ...input, published: true }, await citation());
    if (!made.ok) throw new Error(made.message);
    process.env.GUARANTOR_REVIEW_BEFORE_PUBLISH = "on";
    const held = (await updatePledge(
      proposer,
      made.id,
      1,
      { ...input, status: "CONFIRMED" },
      reason,
    )) as { proposalId: string };
    await db.pledge.update({ where: { id: made.id }, data: { version: 2 } });
    expect(await approveProposal(second, held.proposalId, "")).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(
      await db.changeProposal.findUniqueOrThrow({ where: { id: held.proposalId } }),
    ).toMatchObject({ status: "PENDING" });
  });
});

describe("review before publish, off (the default)", () => {
  it("changes go live at once, with no proposal", async () => {
    const { input, proposer } = await setup();
    const made = await createPledge(proposer, { ...input, published: true }, await citation());
    expect(made).toMatchObject({ ok: true });
    const before = await db.changeProposal.count();
    expect(
      await updatePledge(
        proposer,
        (made as { id: string }).id,
        1,
        { ...input, status: "CONFIRMED" },
        reason,
      ),
    ).toMatchObject({ ok: true, version: 2 });
    expect(await db.changeProposal.count()).toBe(before);
  });
});

describe("deleting an event", () => {
  it("removes it, its links and quotes, and records the deletion with its reason", async () => {
    await makeCoalition();
    const country = await makeCountry();
    const editor = userWithRole("editor");
    const input = eventSchema.parse({
      kind: "STATEMENT",
      title: "Test statement on the mission",
      summary: "A statement was made.",
      countryCodes: [country.code],
    });
    const made = await createEvent(editor, { ...input, published: true }, await citation());
    if (!made.ok) throw new Error(made.message);
    const edited = await updateEvent(editor, made.id, 1, { ...input, location: "Paris" }, reason);
    expect(edited).toMatchObject({ ok: true, version: 2 });

    expect(await deleteEvent(userWithRole("analyst"), made.id, 2, reason)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await deleteEvent(editor, made.id, 1, reason)).toMatchObject({ ok: false, status: 409 });
    const gone = await deleteEvent(
      editor,
      made.id,
      2,
      justificationSchema.parse({ reason: "Test event, not real" }),
    );
    expect(gone).toMatchObject({ ok: true });
    expect(await db.event.count({ where: { id: made.id } })).toBe(0);
    expect(await db.eventCountry.count({ where: { eventId: made.id } })).toBe(0);
    expect(await db.citation.count({ where: { eventId: made.id } })).toBe(0);
    const last = await db.auditEntry.findFirstOrThrow({
      where: { entityType: "Event", entityId: made.id },
      orderBy: { id: "desc" },
    });
    expect(last).toMatchObject({
      action: "DELETE",
      reason: "Test event, not real",
      after: null,
      actorName: editor.name,
    });
  });
});

describe("review before publish covers framework provisions", () => {
  afterEach(() => {
    delete process.env.GUARANTOR_REVIEW_BEFORE_PUBLISH;
  });

  it("holds a provision's change of status until a second editor approves it", async () => {
    const editor = userWithRole("editor");
    const source = await makeSource(
      "Monitors began patrols on 3 March. The patrols now cover the whole line.",
    );
    const slug = `fw-${source.id}`.slice(0, 60);
    await db.framework.create({
      data: { slug, name: "Test framework", description: "For tests.", sourceId: source.id },
    });
    const condition = await makeCondition({ status: "NOT_MET" });
    const input = {
      name: "Ceasefire monitoring",
      description: "Monitors on the line.",
      status: "NOT_STARTED" as const,
      conditionSlugs: [condition.slug],
      internalNote: "",
    };
    const made = await createProvision(
      editor,
      slug,
      { ...input, published: true },
      { sourceId: source.id, quote: "Monitors began patrols on 3 March.", reason: "" },
    );
    if (!made.ok) throw new Error(made.message);

    process.env.GUARANTOR_REVIEW_BEFORE_PUBLISH = "on";
    const held = await updateProvision(
      editor,
      made.id,
      1,
      { ...input, status: "FULL" },
      { sourceId: source.id, quote: "The patrols now cover the whole line.", reason: "" },
    );
    expect(held).toMatchObject({
      ok: false,
      status: 202,
      proposalId: expect.stringMatching(/^cp-/),
    });
    expect(await db.provision.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      status: "NOT_STARTED",
      version: 1,
    });

    const proposalId = (held as { proposalId: string }).proposalId;
    expect(await approveProposal(userWithRole("editor"), proposalId, "Checked")).toMatchObject({
      ok: true,
    });
    expect(await db.provision.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      status: "FULL",
      version: 2,
    });
  });
});
