-- Hand-written: the web app logs in as "guarantor_app", a role that can read and write
-- rows but owns nothing, so it cannot change the schema, disable the audit trigger or
-- rewrite the history. Migrations, seeding and restores run as the owner (the role
-- running this). Roles are cluster-wide: create it once, if missing and if this role
-- may; concurrent migrations of other databases on the same server may race to
-- create it, hence the exception handler. Without the right to create roles (a
-- managed server), nothing happens here: the README lists the GRANTs to run.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'guarantor_app')
     AND (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
    BEGIN
      CREATE ROLE guarantor_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'guarantor_app') THEN
    RAISE NOTICE 'role guarantor_app does not exist: grant the app role its rights by hand (README, Database roles)';
    RETURN;
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO guarantor_app', current_database());
  GRANT USAGE ON SCHEMA public TO guarantor_app;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO guarantor_app;
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO guarantor_app;
  -- The history only grows; the migration bookkeeping is the owner's.
  REVOKE UPDATE, DELETE ON "AuditEntry" FROM guarantor_app;
  REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM guarantor_app;
  -- Tables later migrations create get the same rights (the owner creates them).
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO guarantor_app;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO guarantor_app;
END;
$$;

-- No one but the owner creates objects in the schema (already so since PostgreSQL 15).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
