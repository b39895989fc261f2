import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { APP_ROLE, appRolePassword, ensureAppLogin } from "@/lib/db-lifecycle/roles";
import { EMBEDDED_TEST_DIR } from "../support/server";

// The web app's login: what it can and cannot do to this file's database.
let app: pg.Client;

beforeAll(async () => {
  const url = await ensureAppLogin(
    process.env.DATABASE_URL!,
    await appRolePassword(EMBEDDED_TEST_DIR),
  );
  app = new pg.Client({ connectionString: url });
  await app.connect();
});

afterAll(async () => {
  await app?.end();
});

const refused = (sql: string) =>
  expect(app.query(sql)).rejects.toThrow(/permission denied|must be owner|must be superuser/);

describe(`the app role (${APP_ROLE})`, () => {
  it("is not a superuser and owns nothing", async () => {
    const r =
      await app.query(`select current_user, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls
      from pg_roles where rolname = current_user`);
    expect(r.rows[0]).toEqual({
      current_user: APP_ROLE,
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
    });
    const owned = await app.query(
      `select count(*)::int as n from pg_class where relowner = (select oid from pg_roles where rolname = current_user)`,
    );
    expect(owned.rows[0].n).toBe(0);
  });

  it("adds to the audit log and reads it, and its writes still bump the data version", async () => {
    const before = await app.query(`select value from "DataVersion"`);
    await app.query(
      `insert into "AuditEntry" ("actorName", action, "entityType", "entityId") values ('role test', 'CREATE', 'Source', 'x')`,
    );
    const rows = await app.query(
      `select "actorName" from "AuditEntry" where "actorName" = 'role test'`,
    );
    expect(rows.rowCount).toBe(1);
    const after = await app.query(`select value from "DataVersion"`);
    expect(BigInt(after.rows[0].value)).toBeGreaterThan(BigInt(before.rows[0].value));
  });

  it("cannot disable the audit trigger, nor switch triggers off for its session", async () => {
    await refused(`alter table "AuditEntry" disable trigger "AuditEntry_append_only"`);
    await refused(`alter table "AuditEntry" disable trigger all`);
    await refused(`set session_replication_role = replica`);
    await refused(`drop trigger "AuditEntry_append_only" on "AuditEntry"`);
    await refused(
      `create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$ begin return old; end $$`,
    );
  });

  it("cannot update, delete or truncate audit rows", async () => {
    await refused(`update "AuditEntry" set reason = 'rewritten'`);
    await refused(`delete from "AuditEntry"`);
    await refused(`truncate "AuditEntry"`);
  });

  it("cannot change the schema, the migration record, or read the server's files", async () => {
    await refused(`create table sneaky (id int)`);
    await refused(`alter table "Source" add column sneaky int`);
    await refused(`drop table "SignInAttempt"`);
    await refused(`delete from "_prisma_migrations"`);
    await refused(`select pg_read_file('postgresql.conf')`);
    await refused(`copy "Source" to '/tmp/guarantor-sources'`);
  });

  it("reads and writes the tables the app writes (facts, accounts, sessions, sign-in attempts)", async () => {
    for (const table of [
      "Source",
      "Pledge",
      "User",
      "Session",
      "Account",
      "Verification",
      "SignInAttempt",
      "ShareLink",
      "RateLimit",
      "DataVersion",
    ]) {
      const r = await app.query(
        `select has_table_privilege($1, 'select') and has_table_privilege($1, 'insert')
           and has_table_privilege($1, 'update') and has_table_privilege($1, 'delete') as ok`,
        [`"${table}"`],
      );
      expect({ table, ok: r.rows[0].ok }).toEqual({ table, ok: true });
    }
  });
});
