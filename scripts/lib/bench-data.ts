/**
 * The databases the benchmarks run on, each a throw-away copy so a run may add an
 * account and edit a pledge without touching anyone's data: the real dataset (migrated
 * and seeded afresh) and the synthetic one (copied from `npm run db:synthetic`'s
 * database, which is left as it was). Also the editor the signed-in figures use.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { log } from "./cli";

export const BENCH_EDITOR = {
  email: "bench-editor@bench.invalid",
  name: "Bench editor",
  role: "editor" as const,
};

export type BenchDatabase = {
  url: string;
  drop: () => Promise<void>;
  editor: { email: string; password: string };
};

/** A fresh database called `name` on `serverUrl`'s server with the real dataset and an editor. */
export async function realDatabase(serverUrl: string, name: string): Promise<BenchDatabase> {
  const { createMigratedDatabase, dropDatabase } = await import("../../tests/support/server");
  const { prepareDatabase } = await import("../../lib/db-lifecycle/prepare");
  const { withDatabase } = await import("../../lib/db-lifecycle/connect");
  const url = await createMigratedDatabase(withDatabase(serverUrl, "postgres"), name);
  await prepareDatabase(url, { log });
  return {
    url,
    drop: () => dropDatabase(withDatabase(serverUrl, "postgres"), name),
    editor: await addEditor(url),
  };
}

/** A copy of the synthetic database `source` called `name` (a file copy: seconds, not a regeneration). */
export async function copiedDatabase(source: string, name: string): Promise<BenchDatabase> {
  const { dropDatabase } = await import("../../tests/support/server");
  const { withClient, withDatabase } = await import("../../lib/db-lifecycle/connect");
  const server = withDatabase(source, "postgres");
  const from = decodeURIComponent(new URL(source).pathname.slice(1));
  await dropDatabase(server, name);
  log(`copying ${from} into ${name}`);
  await withClient(server, async (c) => {
    // A template must have no other sessions; FILE_COPY (PostgreSQL 15+) copies files instead of logging every page.
    const version = Number((await c.query<{ v: string }>("show server_version_num")).rows[0]!.v);
    const strategy = version >= 150000 ? " strategy file_copy" : "";
    await c.query(
      `create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(from)}${strategy}`,
    );
  });
  const url = withDatabase(source, name);
  return { url, drop: () => dropDatabase(server, name), editor: await addEditor(url) };
}

/** Creates the bench editor with a fresh password (written to the history like any account). */
async function addEditor(url: string) {
  const { createClient } = await import("../../lib/db-lifecycle/prepare");
  const { createAuth } = await import("../../lib/auth/config");
  const { createUserAccount } = await import("../../lib/auth/users");
  const prisma = createClient(url);
  try {
    const password = randomBytes(12).toString("hex");
    await createUserAccount(
      createAuth(prisma),
      prisma,
      { ...BENCH_EDITOR, password },
      { id: null, name: "npm run bench", email: null },
    );
    return { email: BENCH_EDITOR.email, password };
  } finally {
    await prisma.$disconnect();
  }
}
