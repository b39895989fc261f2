import type { TestProject } from "vitest/node";
import { withClient } from "../../lib/db-lifecycle/connect";
import { ensurePrismaClient } from "../../scripts/lib/cli";
import { createMigratedDatabase, dropDatabase, startTestServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateDb: string;
    runId: string;
  }
}

/** Migrates one template database per run; each test file copies it (see per-file.ts). */
export default async function setup(project: TestProject) {
  ensurePrismaClient();
  const server = await startTestServer();
  const runId = `gt${process.pid}`;
  // Drop leftovers of interrupted earlier runs (their process is gone); a run still
  // going on the same server keeps its databases.
  await withClient(server.url, async (c) => {
    const old = await c.query<{ datname: string }>(
      `select datname from pg_database where datname ~ '^gt[0-9]+_'`,
    );
    for (const { datname } of old.rows) {
      if (!isAlive(Number(/^gt(\d+)_/.exec(datname)![1]))) await dropDatabase(server.url, datname);
    }
  });
  const templateDb = `${runId}_template`;
  await createMigratedDatabase(server.url, templateDb);
  project.provide("serverUrl", server.url);
  project.provide("templateDb", templateDb);
  project.provide("runId", runId);
  return async () => {
    await withClient(server.url, async (c) => {
      const mine = await c.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`${runId}_%`],
      );
      for (const { datname } of mine.rows) await dropDatabase(server.url, datname);
    });
    await server.stop();
  };
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
