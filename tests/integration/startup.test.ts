import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function start(env: Record<string, string>) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe("npm start refuses bad settings with one line naming them", () => {
  it("a DATABASE_URL that is not a postgres URL", () => {
    const r = start({ DATABASE_URL: "mysql://root@localhost/db" });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "guarantor: Invalid setting: DATABASE_URL must be a postgres:// or postgresql:// connection URL",
    );
  });

  it("an unreachable DATABASE_URL", () => {
    const r = start({ DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/guarantor" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^guarantor: cannot connect to DATABASE_URL \(postgresql:\/\/nobody@127\.0\.0\.1:1\/guarantor\): /,
    );
    expect(r.stderr).not.toContain("secret");
    expect(r.stderr.split("\n")).toHaveLength(1);
  });

  it("a malformed MIGRATION_DATABASE_URL", () => {
    const r = start({
      DATABASE_URL: "postgresql://app@127.0.0.1:1/guarantor",
      MIGRATION_DATABASE_URL: "owner@127.0.0.1/guarantor",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "guarantor: Invalid setting: MIGRATION_DATABASE_URL must be a postgres:// or postgresql:// connection URL",
    );
  });

  it("a MIGRATION_DATABASE_URL without the app's DATABASE_URL", () => {
    const r = start({
      DATABASE_URL: "",
      MIGRATION_DATABASE_URL: "postgresql://owner@127.0.0.1:1/guarantor",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "guarantor: Invalid setting: MIGRATION_DATABASE_URL is set but DATABASE_URL (the app's own login) is not",
    );
  });

  it("an unreachable MIGRATION_DATABASE_URL", () => {
    const r = start({
      DATABASE_URL: "postgresql://app@127.0.0.1:1/guarantor",
      MIGRATION_DATABASE_URL: "postgresql://owner:secret@127.0.0.1:1/guarantor",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^guarantor: cannot connect to MIGRATION_DATABASE_URL \(postgresql:\/\/owner@127\.0\.0\.1:1\/guarantor\): /,
    );
    expect(r.stderr).not.toContain("secret");
  });

  it("a bad PORT", () => {
    const r = start({ PORT: "99999" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guarantor: Invalid setting: PORT/);
  });
});
