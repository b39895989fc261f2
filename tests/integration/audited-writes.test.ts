/**
 * Accounts and share links are written through lib/changes like every fact: the record
 * and its audit entry land together, a refusal writes neither, and every kind of record
 * has its room registered (lib/entities.ts).
 */
import { describe, expect, it } from "vitest";
import { createAuth } from "@/lib/auth/config";
import { createUserAccount } from "@/lib/auth/users";
import { ENTITY_TYPES, type RecordType } from "@/lib/changes/snapshot";
import { db } from "@/lib/db";
import { loadSnapshot } from "@/lib/entities";
import { revokeShare, createShare } from "@/lib/shares/mutations";
import { changeRole, createUser } from "@/lib/users/mutations";
import { makeCountry, uid } from "../support/factory";
import { userWithRole } from "../support/users";

const admin = userWithRole("admin");
const entriesFor = (entityType: string, entityId: string) =>
  db.auditEntry.findMany({
    where: { entityType, entityId },
    orderBy: { id: "asc" },
    select: { action: true, actorName: true, reason: true, before: true, after: true },
  });

describe("accounts", () => {
  it("an admin's new account has its password and one audit entry naming the admin, without the password", async () => {
    const email = `${uid("new")}@Test.Local`;
    const result = await createUser(admin, {
      email,
      name: "New person",
      role: "editor",
      password: "a-long-password",
    });
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      select: { id: true, role: true, accounts: { select: { providerId: true, password: true } } },
    });
    expect(user.role).toBe("editor");
    expect(user.accounts).toHaveLength(1);
    expect(user.accounts[0]!.providerId).toBe("credential");
    const context = await createAuth(db).$context;
    expect(
      await context.password.verify({
        hash: user.accounts[0]!.password!,
        password: "a-long-password",
      }),
    ).toBe(true);
    const entries = await entriesFor("User", user.id);
    expect(entries).toEqual([
      {
        action: "CREATE",
        actorName: admin.name,
        reason: "Account created with role editor",
        before: null,
        after: { id: user.id, email: email.toLowerCase(), name: "New person", role: "editor" },
      },
    ]);
  });

  it("a second account with the same email is refused beside the field, and nothing is written", async () => {
    const email = `${uid("dup")}@test.local`;
    expect(
      (
        await createUser(admin, {
          email,
          name: "First",
          role: "analyst",
          password: "a-long-password",
        })
      ).ok,
    ).toBe(true);
    const before = await db.auditEntry.count({ where: { entityType: "User" } });
    const again = await createUser(admin, {
      email,
      name: "Second",
      role: "admin",
      password: "another-long-password",
    });
    expect(again).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { email: ["An account with this email exists already."] },
    });
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entityType: "User" } })).toBe(before);
  });

  it("a role change is audited with the role before and after; one's own role and a missing account are refused", async () => {
    const created = await createUser(admin, {
      email: `${uid("role")}@test.local`,
      name: "Role person",
      role: "analyst",
      password: "a-long-password",
    });
    if (!created.ok) throw new Error(created.message);
    expect((await changeRole(admin, created.id, "editor")).ok).toBe(true);
    const [, update] = await entriesFor("User", created.id);
    expect(update).toMatchObject({
      action: "UPDATE",
      reason: "Role changed to editor",
      before: { role: "analyst" },
      after: { role: "editor" },
    });
    expect(await changeRole(admin, admin.id, "analyst")).toMatchObject({ ok: false, status: 400 });
    expect(await changeRole(admin, uid("nobody"), "editor")).toMatchObject({
      ok: false,
      status: 404,
      message: expect.stringMatching(/account no longer exists/),
    });
  });

  it("a command-line account names the tool as the actor", async () => {
    const user = await createUserAccount(
      createAuth(db),
      db,
      {
        email: `${uid("cli")}@test.local`,
        name: "Cli person",
        role: "analyst",
        password: "a-long-password",
      },
      { id: null, name: "user:create (test)", email: null },
    );
    expect(await entriesFor("User", user.id)).toMatchObject([
      { action: "CREATE", actorName: "user:create (test)" },
    ]);
  });
});

describe("share links", () => {
  it("creation and revocation are audited without the token's hash", async () => {
    const editor = userWithRole("editor");
    const country = await makeCountry();
    const created = await createShare(
      editor,
      { scope: "COUNTRY", code: country.code },
      { label: "Briefing", expiresInDays: "", mode: "live" },
    );
    if (!created.ok) throw new Error(created.message);
    expect((await revokeShare(editor, created.id)).ok).toBe(true);
    const entries = await entriesFor("ShareLink", created.id);
    expect(entries.map((e) => [e.action, e.reason])).toEqual([
      ["CREATE", "Share link “Briefing”"],
      ["UPDATE", "Share link revoked"],
    ]);
    expect(JSON.stringify(entries)).not.toContain("tokenHash");
    expect(entries[1]!.after).toMatchObject({ version: 2, label: "Briefing" });
    expect((entries[1]!.after as { revokedAt: string | null }).revokedAt).not.toBeNull();
  });

  it("another editor's link is refused and nothing is written", async () => {
    const country = await makeCountry();
    const created = await createShare(
      userWithRole("editor"),
      { scope: "COUNTRY", code: country.code },
      { label: "Mine", expiresInDays: "", mode: "live" },
    );
    if (!created.ok) throw new Error(created.message);
    expect(await revokeShare(userWithRole("editor"), created.id)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await entriesFor("ShareLink", created.id)).toHaveLength(1);
    expect(
      (await db.shareLink.findUniqueOrThrow({ where: { id: created.id } })).revokedAt,
    ).toBeNull();
  });
});

it("every kind of record the audit log keeps has a room registered with lib/changes", async () => {
  const types: RecordType[] = [...ENTITY_TYPES, "User", "ShareLink"];
  for (const type of types)
    await expect(loadSnapshot(db, type, "no-such-record")).resolves.toBeNull();
});
