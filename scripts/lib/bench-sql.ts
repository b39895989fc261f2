/**
 * Counts the SQL statements the app sends, exactly: the benchmarked server reaches
 * PostgreSQL through this pass-through proxy, which reads the message types of the
 * client's side of the wire protocol and counts each Execute (extended protocol, one per
 * statement, as pg and Prisma send them) and each simple Query. Bytes are forwarded
 * untouched; the server's replies are not read at all.
 *
 * PostgreSQL's own counters were tried first: pg_stat_database counts transactions, not
 * statements, a backend reports them only when it closes or goes busy again, and
 * autovacuum workers visiting the database add theirs, so readings drifted.
 */
import net from "node:net";

export type SqlCounter = {
  url: string;
  /** Statements so far, or null once a connection asked for encryption (its messages cannot be read). */
  statements: () => number | null;
  close: () => Promise<void>;
};

/** Starts the proxy in front of `url`'s server; `url` in the result goes through it. */
export async function countingProxy(url: string): Promise<SqlCounter> {
  const upstream = new URL(url);
  let statements = 0;
  let blind = false;
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((client) => {
    const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
    for (const s of [client, server]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {
        client.destroy();
        server.destroy();
      });
    }
    const reader = messageReader(
      (type) => {
        if (type === "E" || type === "Q") statements++;
      },
      () => (blind = true),
    );
    client.on("data", (chunk: Buffer) => {
      reader(chunk);
      server.write(chunk);
    });
    client.on("end", () => server.end());
    server.pipe(client);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const through = new URL(url);
  through.hostname = "127.0.0.1";
  through.port = String((proxy.address() as net.AddressInfo).port);
  return {
    url: through.toString(),
    statements: () => (blind ? null : statements),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        proxy.close(() => resolve());
      }),
  };
}

/** SSLRequest and GSSENCRequest codes, sent in place of a startup message. */
const ENCRYPTION_REQUESTS = new Set([80877103, 80877104]);

/**
 * Splits the client's byte stream into messages: first an untyped startup (or SSL)
 * request, `length` then body; after it, each message is a type byte, then `length`
 * (which counts itself but not the type byte), then the body.
 */
function messageReader(onMessage: (type: string) => void, onEncrypted: () => void) {
  let started = false;
  let encrypted = false;
  let pending: Buffer = Buffer.alloc(0);
  return (chunk: Buffer) => {
    if (encrypted) return;
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      const header = started ? 5 : 4;
      if (pending.length < header) break;
      const length = pending.readInt32BE(started ? 1 : 0);
      const total = started ? 1 + length : length;
      if (pending.length < total) break;
      if (started) onMessage(String.fromCharCode(pending[0]!));
      else if (ENCRYPTION_REQUESTS.has(pending.readInt32BE(4))) {
        // The server may accept, and what follows is then TLS or GSS: unreadable here.
        encrypted = true;
        onEncrypted();
        return;
      } else started = true;
      pending = pending.subarray(total);
    }
  };
}
