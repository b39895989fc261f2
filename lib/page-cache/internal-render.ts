/**
 * How the page cache gets a whole response from Next.js: the request is replayed to
 * Next.js's handler over a private Unix socket (in a directory only this user can
 * enter), without cookies, credentials or validators, so the render is the public
 * view, complete and uncompressed; for the signed-in cache, with the reader's session
 * cookies and nothing else. Only cache misses take this path.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Rendered } from "./entry";

/** Never replayed: they would personalise the render or shape the answer for one client. */
const STRIPPED = new Set([
  "cookie",
  "authorization",
  "accept-encoding",
  "if-none-match",
  "if-modified-since",
  "if-match",
  "range",
  "connection",
  "keep-alive",
  "upgrade",
  "proxy-connection",
]);

export type InternalRenderer = {
  /** `cookies`: the only cookies replayed (a signed-in reader's session), else none. */
  render(req: IncomingMessage, cookies?: string): Promise<Rendered>;
  close(): Promise<void>;
};

export async function internalRenderer(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
): Promise<InternalRenderer> {
  const dir = mkdtempSync(path.join(tmpdir(), "guarantor-render-"));
  const socketPath = path.join(dir, "next.sock");
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) =>
    server.once("error", reject).listen(socketPath, resolve),
  );

  function render(req: IncomingMessage, cookies?: string): Promise<Rendered> {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined && !STRIPPED.has(name)) headers[name] = value;
    if (cookies) headers.cookie = cookies;
    return new Promise((resolve, reject) => {
      const out = request({ socketPath, method: "GET", path: req.url, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 500,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", reject);
      });
      out.on("error", reject);
      out.end();
    });
  }

  return {
    render,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
