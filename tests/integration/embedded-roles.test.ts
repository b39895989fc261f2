import { statSync } from "node:fs";
import { mkdtemp, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { canConnect, withClient, withDatabase } from "@/lib/db-lifecycle/connect";
import {
  embeddedPassword,
  startEmbeddedPostgres,
  type EmbeddedServer,
} from "@/lib/db-lifecycle/embedded";
import { applyMigrations } from "@/lib/db-lifecycle/migrate";
import { appRolePassword, ensureAppLogin } from "@/lib/db-lifecycle/roles";

const PORT = 54359 + (process.pid % 20);
let dataDir = "";
let server: EmbeddedServer | null = null;

afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const mode = (file: string) => statSync(path.join(dataDir, file)).mode & 0o777;

describe("embedded PostgreSQL passwords", () => {
  it("are generated on first start, kept in the data folder (600), and the old constant one is replaced on upgrade", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "guarantor-embedded-"));
    server = await startEmbeddedPostgres({ dataDir, port: PORT });
    expect(mode("postgres-password")).toBe(0o600);
    const legacyUrl = `postgresql://postgres:guarantor-local@127.0.0.1:${PORT}/postgres`;
    expect(await canConnect(legacyUrl)).toBe(false);
    expect(await canConnect(server.url)).toBe(true);

    // The app role logs in with its own generated password, after migrations made it.
    const owner = withDatabase(server.url, "postgres");
    await applyMigrations(owner);
    const appUrl = await ensureAppLogin(owner, await appRolePassword(dataDir));
    expect(mode("app-db-password")).toBe(0o600);
    expect(
      await withClient(appUrl, async (c) => (await c.query("select current_user as u")).rows[0].u),
    ).toBe("guarantor_app");

    // A data folder from before this change: the constant password and no password file.
    await withClient(server.url, (c) => c.query(`alter role postgres password 'guarantor-local'`));
    await unlink(path.join(dataDir, "postgres-password"));
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir, port: PORT });
    expect(embeddedPassword(dataDir)).not.toBe("guarantor-local");
    expect(mode("postgres-password")).toBe(0o600);
    expect(await canConnect(legacyUrl)).toBe(false);
    expect(await canConnect(server.url)).toBe(true);
  }, 60_000);
});
