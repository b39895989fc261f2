import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { createPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema } from "@/lib/pledges/schema";
import { createShare, extendShare, reissueShare, revokeShare } from "@/lib/shares/mutations";
import { openShare, peekShare, shareTitle } from "@/lib/shares/queries";
import { generateToken } from "@/lib/shares/token";
import { loadSharedView } from "@/lib/shares/view";
import {
  citation,
  makeCoalition,
  makeCondition,
  makeCountry,
  makePledge,
  recordHistory,
} from "../support/factory";
import { userWithRole } from "../support/users";

const reason = justificationSchema.parse({ reason: "share test" });
const live = { label: "Briefing", expiresInDays: "", mode: "live" as const };

async function countryWithPledge() {
  await makeCoalition();
  const country = await makeCountry();
  await recordHistory("Country", country.code);
  const editor = userWithRole("editor");
  const input = pledgeSchema.parse({
    countryCode: country.code,
    domain: "MEDICAL",
    description: "Field hospital",
    status: "ANNOUNCED",
    disclosure: "OFFICIAL",
    internalNote: "Do not share: source is nervous",
  });
  const pledge = await createPledge(editor, { ...input, published: true }, await citation());
  const draft = await createPledge(
    editor,
    { ...input, description: "Secret draft pledge", published: false },
    await citation(),
  );
  if (!pledge.ok || !draft.ok) throw new Error("setup failed");
  return { country, editor, input, pledgeId: pledge.id };
}

describe("share links", () => {
  it("store only the token's hash, open while active, and count openings", async () => {
    const { country, editor } = await countryWithPledge();
    const made = await createShare(editor, { scope: "COUNTRY", code: country.code }, live);
    if (!made.ok) throw new Error(made.message);
    expect(made.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: made.id } });
    expect(JSON.stringify(row)).not.toContain(made.token);
    expect(await openShare(made.token)).toMatchObject({
      id: made.id,
      params: { scope: "COUNTRY", code: country.code },
    });
    await openShare(made.token);
    expect(await db.shareLink.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      openCount: 2,
      lastOpenedAt: expect.any(Date),
    });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityType: "ShareLink", entityId: made.id },
    });
    expect(JSON.stringify(audit.after)).not.toContain(row.tokenHash);
  });

  it("answer unknown, malformed, revoked and expired tokens alike, at once", async () => {
    const { country, editor } = await countryWithPledge();
    const a = await createShare(editor, { scope: "COUNTRY", code: country.code }, live);
    const b = await createShare(
      editor,
      { scope: "COUNTRY", code: country.code },
      { ...live, expiresInDays: "1" },
    );
    if (!a.ok || !b.ok) throw new Error("setup failed");
    expect(await revokeShare(editor, a.id)).toMatchObject({ ok: true });
    await db.shareLink.update({
      where: { id: b.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    for (const token of [a.token, b.token, generateToken(), "short", `${a.token.slice(0, 42)}!`]) {
      expect(await openShare(token)).toBeNull();
      expect(await peekShare(token)).toBeNull();
    }
    expect(await extendShare(editor, b.id, "10")).toMatchObject({ ok: true });
    expect(await openShare(b.token)).not.toBeNull();
  });

  it("show the shared country's published data only: no drafts, no internal notes", async () => {
    const { country, editor } = await countryWithPledge();
    const made = await createShare(editor, { scope: "COUNTRY", code: country.code }, live);
    if (!made.ok) throw new Error(made.message);
    const view = await loadSharedView((await openShare(made.token))!);
    if (view.scope !== "COUNTRY" || !view.country) throw new Error("wrong view");
    expect(view.country.pledges.map((p) => p.description)).toEqual(["Field hospital"]);
    expect(view.country.pledges.every((p) => p.internalNote === null)).toBe(true);
    expect(JSON.stringify(view)).not.toContain("Secret draft pledge");
    expect(JSON.stringify(view)).not.toContain("nervous");
    expect(JSON.stringify(view)).not.toContain(editor.email);
  });

  it("frozen links keep the old state after edits; live links show the new one", async () => {
    const { country, editor, input, pledgeId } = await countryWithPledge();
    const frozen = await createShare(
      editor,
      { scope: "COUNTRY", code: country.code },
      { ...live, mode: "frozen" },
    );
    const current = await createShare(editor, { scope: "COUNTRY", code: country.code }, live);
    if (!frozen.ok || !current.ok) throw new Error("setup failed");
    await new Promise((r) => setTimeout(r, 20));
    expect(
      await updatePledge(editor, pledgeId, 1, { ...input, status: "DEPLOYED" }, reason),
    ).toMatchObject({ ok: true });
    const statusOf = async (token: string) => {
      const view = await loadSharedView((await openShare(token))!);
      return view.scope === "COUNTRY" ? view.country?.pledges.map((p) => p.status) : null;
    };
    expect(await statusOf(frozen.token)).toEqual(["ANNOUNCED"]);
    expect(await statusOf(current.token)).toEqual(["DEPLOYED"]);
  });

  it("only editors and admins make links; only the creator or an admin revokes one", async () => {
    const { country, editor } = await countryWithPledge();
    const params = { scope: "COUNTRY" as const, code: country.code };
    expect(await createShare(null, params, live)).toMatchObject({ ok: false, status: 401 });
    expect(await createShare(userWithRole("analyst"), params, live)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await createShare(editor, { scope: "COUNTRY", code: "QQ" }, live)).toMatchObject({
      ok: false,
      status: 404,
    });
    const made = await createShare(editor, params, live);
    if (!made.ok) throw new Error(made.message);
    expect(await revokeShare(userWithRole("editor"), made.id)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await revokeShare(userWithRole("analyst"), made.id)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await revokeShare(userWithRole("admin"), made.id)).toMatchObject({ ok: true });
    expect(
      await db.auditEntry.count({ where: { entityType: "ShareLink", entityId: made.id } }),
    ).toBe(2);
  });

  it("re-issue a revoked link as a new address with the same settings; the old one stays dead", async () => {
    const { country, editor } = await countryWithPledge();
    const old = await createShare(
      editor,
      { scope: "COUNTRY", code: country.code },
      { label: "Frozen briefing", expiresInDays: "7", mode: "frozen" },
    );
    if (!old.ok) throw new Error(old.message);
    expect(await reissueShare(editor, old.id)).toMatchObject({ ok: false, status: 409 }); // still works: nothing to re-issue
    await revokeShare(editor, old.id);
    expect(await reissueShare(userWithRole("editor"), old.id)).toMatchObject({
      ok: false,
      status: 403,
    });
    const again = await reissueShare(editor, old.id);
    if (!again.ok) throw new Error(again.message);
    expect(again.id).not.toBe(old.id);
    const a = await db.shareLink.findUniqueOrThrow({ where: { id: old.id } });
    const b = await db.shareLink.findUniqueOrThrow({ where: { id: again.id } });
    expect(b).toMatchObject({
      scope: a.scope,
      params: a.params,
      label: a.label,
      frozenAt: a.frozenAt,
      revokedAt: null,
      openCount: 0,
    });
    expect(b.expiresAt!.getTime() - b.createdAt.getTime()).toBe(
      a.expiresAt!.getTime() - a.createdAt.getTime(),
    );
    expect(await openShare(old.token)).toBeNull();
    expect(await openShare(again.token)).toMatchObject({
      id: again.id,
      params: { scope: "COUNTRY", code: country.code },
    });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entityType: "ShareLink", entityId: again.id },
    });
    expect(entry).toMatchObject({
      action: "CREATE",
      reason: `Share link “Frozen briefing” re-issued (replaces ${old.id})`,
    });
  });

  it("share a what-if scenario live only, and open it recounted from the current data", async () => {
    const coalitionSlug = await makeCoalition();
    const editor = userWithRole("editor");
    const a = await makeCondition({ status: "NOT_MET", name: "Backstop agreed" });
    const pledge = await makePledge({ coalitionSlug, domain: "AIR", conditions: [a.slug] });
    const params = { scope: "WHAT_IF" as const, met: [a.slug, "gone-condition"] };
    const frozen = await createShare(editor, params, { ...live, mode: "frozen" });
    expect(frozen).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { mode: [expect.any(String)] },
    });
    const made = await createShare(editor, params, live);
    if (!made.ok) throw new Error(made.message);
    const share = (await openShare(made.token))!;
    expect(share.frozenAt).toBeNull();
    expect(await shareTitle(share.params)).toBe(
      "What if: Backstop agreed, gone-condition met — the pledges it would unblock",
    );
    const view = await loadSharedView(share);
    if (view.scope !== "WHAT_IF") throw new Error("wrong view");
    expect([...view.scenario.met]).toEqual([a.slug]);
    expect(view.scenario.unknown).toEqual(["gone-condition"]);
    expect(view.data.conditions.find((c) => c.slug === a.slug)).toMatchObject({ met: false });
    expect(view.data.pledges?.find((p) => p.id === pledge.id)?.conditions).toEqual([a.slug]);
  });
});
