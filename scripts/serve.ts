/**
 * The web server `npm start` and `npm run dev` run: Next.js behind a plain Node HTTP
 * server, because only here is the socket's address known. For every request it works
 * out the client's address (lib/security/client-address.ts), writes it into an internal
 * header that replaces any copy the client sent, and answers share-link openings over
 * the limit with 429 before Next.js renders anything. Readers without a session get the
 * public views from the page cache (lib/page-cache/), rendered once per data change;
 * signed-in readers their own pages, rendered once per reader and data change.
 */
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { parseEnv, serveEnvSchema } from "../lib/env";
import { createClient } from "../lib/db-lifecycle/prepare";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  markServedBySocketAwareServer,
  parseTrustedProxies,
} from "../lib/security/client-address";
import { consumeShareOpen, isShareOpen, shareOpenLimiter } from "../lib/shares/open-limit";
import { shareLinkState, shareOpenCounter } from "../lib/shares/cached-opens";
import { cacheableRequest } from "../lib/page-cache/cacheable";
import { watchDataVersion } from "../lib/page-cache/data-version-watch";
import { internalRenderer } from "../lib/page-cache/internal-render";
import { createResponseCache } from "../lib/page-cache/response-cache";
import { createViewerCache } from "../lib/page-cache/viewer-cache";
import { sessionStamp } from "../lib/auth/session-stamp";
import { ROOT, run } from "./lib/cli";

const dev = process.argv.includes("--dev");

/** Replaces the header in both views Node keeps of it (parsed and raw). */
function setClientAddress(req: IncomingMessage, address: string) {
  const raw: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]!.toLowerCase() !== CLIENT_ADDRESS_HEADER)
      raw.push(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  }
  req.rawHeaders.splice(0, req.rawHeaders.length, ...raw, CLIENT_ADDRESS_HEADER, address);
  req.headers[CLIENT_ADDRESS_HEADER] = address;
}

run(async () => {
  const env = parseEnv(serveEnvSchema);
  const trusted = env.TRUSTED_PROXIES ? parseTrustedProxies(env.TRUSTED_PROXIES) : null;
  markServedBySocketAwareServer();
  const prisma = createClient(env.DATABASE_URL);
  const shareOpens = shareOpenLimiter(prisma);
  const app = next({ dev, dir: ROOT, hostname: env.HOST, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  // The dev server rebuilds pages as their code changes: nothing is cached there.
  const dataVersion = dev ? null : watchDataVersion(env.DATABASE_URL);
  const renderer = dev
    ? null
    : await internalRenderer((req, res) =>
        handle(req, res).catch((error: unknown) => {
          console.error(error);
          res.destroy(); // the cache then renders the reader's own request live
        }),
      );
  const opens = shareOpenCounter(prisma);
  const rendering =
    dataVersion && renderer ? { version: dataVersion.current, render: renderer.render } : null;
  const pages =
    rendering &&
    createResponseCache({
      ...rendering,
      shareLink: (token) => shareLinkState(prisma, token),
      onShareOpen: opens.count,
    });
  const viewerPages =
    rendering &&
    createViewerCache({ ...rendering, stamp: (cookies) => sessionStamp(prisma, cookies) });
  await dataVersion?.ready;

  const server = createServer((req, res) => {
    const address = clientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      trusted,
    );
    setClientAddress(req, address);
    const limited = isShareOpen(req.url) ? consumeShareOpen(shareOpens, address) : null;
    void (async () => {
      const result = limited ? await limited : { ok: true as const };
      if (!result.ok) {
        res.writeHead(429, {
          "content-type": "text/plain; charset=utf-8",
          "retry-after": String(result.retryAfterSeconds),
          "cache-control": "no-store",
        });
        res.end(
          `Too many requests: try again in ${result.retryAfterSeconds} ${result.retryAfterSeconds === 1 ? "second" : "seconds"}.\n`,
        );
        return;
      }
      const cacheable = pages && cacheableRequest(req.method, req.url, req.headers);
      if (cacheable?.session) {
        if (await viewerPages?.serve(req, res, cacheable)) return;
      } else if (cacheable) {
        await dataVersion?.settled();
        if (await pages.serve(req, res, cacheable)) return;
      }
      // After a write through this server, its next readers see it without waiting for
      // the notification: read your writes.
      if (req.method !== "GET" && req.method !== "HEAD")
        res.on("finish", () => dataVersion?.refresh());
      await handle(req, res);
    })().catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal error.\n");
    });
  });
  // Node closes an idle kept-alive connection after 5 s; a client (or nginx's upstream
  // pool) that sends on it at that moment gets ECONNRESET. Outlast the usual 60 s idle
  // timeout of proxies and HTTP clients instead, as a load balancer's backend should.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("upgrade", app.getUpgradeHandler());
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const stop = () => server.close();
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await new Promise((resolve) => server.on("close", resolve));
  await renderer?.close();
  await dataVersion?.close();
  await opens.stop();
  await app.close();
  await prisma.$disconnect();
  return 0; // the app's own database pool would otherwise keep the process alive
});
