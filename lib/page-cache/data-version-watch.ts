/**
 * The database's data version (lib/data-version.ts), as one web server process knows
 * it without asking on every request: LISTEN for the trigger's notification (sent as
 * the writing transaction commits, whoever wrote), and poll the row as well in case a
 * notification is lost with its connection. While the database cannot be read the
 * version is unknown (null), and callers must not serve cached pages: they would hide
 * both changes and the outage. No server-only imports: scripts/serve.ts uses it.
 */
import pg from "pg";

export const DATA_VERSION_CHANNEL = "guarantor_data_version";

export type DataVersionWatch = {
  /** The last version read, or null while it cannot be known. */
  current(): bigint | null;
  /** Resolves once the first version has been read (or the first attempt failed). */
  ready: Promise<void>;
  /** Reads the version again now (after a write through this process: read your writes). */
  refresh(): void;
  /** Resolves when no read is in flight, so `current()` is at least as new as when it was asked. */
  settled(): Promise<void>;
  close(): Promise<void>;
};

export type WatchOptions = {
  pollMs?: number;
  retryMs?: number;
  onChange?: (version: bigint | null) => void;
};

export function watchDataVersion(
  connectionString: string,
  { pollMs = 500, retryMs = 250, onChange }: WatchOptions = {},
): DataVersionWatch {
  let version: bigint | null = null;
  let client: pg.Client | null = null;
  let closed = false;
  let reading: Promise<void> | null = null;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const set = (next: bigint | null) => {
    if (next === version) return;
    version = next;
    onChange?.(next);
  };

  let again = false;
  const read = (): Promise<void> => {
    // One read at a time; a notification (or a refresh) during a read reads again after
    // it, since the read in flight may have started before that write committed.
    if (reading) {
      again = true;
      return reading;
    }
    reading = (async () => {
      try {
        do {
          again = false;
          const result = await client!.query<{ value: string }>(
            `SELECT "value"::text AS value FROM "DataVersion" WHERE "id" = 1`,
          );
          set(BigInt(result.rows[0]?.value ?? 0));
        } while (again && client);
      } catch {
        lost();
      } finally {
        reading = null;
      }
    })();
    return reading;
  };

  const lost = () => {
    set(null);
    const dead = client;
    client = null;
    dead?.removeAllListeners();
    dead?.on("error", () => {});
    void dead?.end().catch(() => {});
    if (!closed) setTimeout(connect, retryMs).unref();
  };

  async function connect() {
    if (closed || client) return;
    const next = new pg.Client({
      connectionString,
      application_name: "guarantor data-version watch",
    });
    next.on("error", () => client === next && lost());
    next.on("end", () => client === next && lost());
    next.on("notification", () => void read());
    try {
      await next.connect();
      await next.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
    } catch {
      next.removeAllListeners();
      next.on("error", () => {});
      void next.end().catch(() => {});
      markReady();
      if (!closed) setTimeout(connect, retryMs).unref();
      return;
    }
    if (closed) return void next.end().catch(() => {});
    client = next;
    await read();
    markReady();
  }

  void connect();
  const poll = setInterval(() => client && void read(), pollMs);
  poll.unref();

  return {
    current: () => version,
    ready,
    refresh: () => void (client && read()),
    settled: () => reading ?? Promise.resolve(),
    async close() {
      closed = true;
      clearInterval(poll);
      const c = client;
      client = null;
      c?.removeAllListeners();
      c?.on("error", () => {});
      await c?.end().catch(() => {});
    },
  };
}
