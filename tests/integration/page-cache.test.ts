/**
 * The page caches (lib/page-cache/) as scripts/serve.ts wires them, twice over one
 * database, in front of a stand-in for Next.js that renders like the app does: drafts,
 * the user's name and Edit links for a request with a session cookie, the public view
 * otherwise, its inline script under a per-request nonce.
 */
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sessionStamp, sessionToken } from "@/lib/auth/session-stamp";
import { SESSION_HOURS } from "@/lib/auth/config";
import { cacheableRequest, hasSessionCookie } from "@/lib/page-cache/cacheable";
import { watchDataVersion } from "@/lib/page-cache/data-version-watch";
import { internalRenderer } from "@/lib/page-cache/internal-render";
import { createResponseCache, type ResponseCacheOptions } from "@/lib/page-cache/response-cache";
import { createViewerCache } from "@/lib/page-cache/viewer-cache";
import { contentSecurityPolicy, createNonce } from "@/lib/security/csp";
import { makeCoalition, makeCountry, makePledge, uid } from "../support/factory";

const SESSION = "better-auth.session_token=signed-in-editor";

/** Renders a country like the app: what a signed-in editor sees differs from the public view. */
function fakeApp(renders: { count: number }): RequestListener {
  return (req, res) =>
    void (async () => {
      renders.count++;
      const signedIn = hasSessionCookie(req.headers.cookie);
      // A session in the database names its user; the bare test cookie stands for Ada.
      const token = sessionToken(req.headers.cookie ?? "");
      const session = token
        ? await db.session.findUnique({ where: { token }, select: { user: true } })
        : null;
      if (req.url?.startsWith("/s/")) req.url = "/countries/QX";
      const code = /^\/countries\/([A-Z]{2})(\?|$)/.exec(req.url ?? "")?.[1];
      if (!code) return void res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      if (req.url === "/countries/XZ")
        return void res.writeHead(308, { location: "/countries/FR" }).end();
      const pledges = await db.pledge.findMany({
        where: { countryCode: code, ...(signedIn ? {} : { published: true }) },
        select: { description: true },
        orderBy: { id: "asc" },
      });
      const nonce = createNonce();
      const chrome = signedIn
        ? `<span>${session?.user.name ?? "Ada Editor"}</span><a href="/edit/countries/${code}">Edit</a>`
        : `<a href="/sign-in">Sign in</a>`;
      const injected = req.headers["x-test-inject"]
        ? "<script>alert(document.cookie)</script>"
        : "";
      const html =
        `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async nonce="${nonce}"></script></head><body>${chrome}` +
        `<ul>${pledges.map((p) => `<li>${p.description}</li>`).join("")}</ul>${injected}<p>${"Every fact cites a source. ".repeat(60)}</p>` +
        `<script nonce="${nonce}">self.__next_f.push(${JSON.stringify([1, pledges.map((p) => p.description).join("|")])})</script></body></html>`;
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": contentSecurityPolicy({
          nonce,
          dev: false,
          frameable: false,
          https: false,
        }),
        "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
        "x-content-type-options": "nosniff",
      });
      res.end(html);
    })();
}

type Instance = { url: string; renders: { count: number }; close(): Promise<void> };
const instances: Instance[] = [];

/** One web server process: its own watch of the data version, its own cache, one shared database. */
async function startInstance(
  options: Pick<ResponseCacheOptions, "shareLink" | "onShareOpen"> = {},
): Promise<Instance> {
  const renders = { count: 0 };
  const app = fakeApp(renders);
  // Polling only every minute: seeing a change within a second proves the notification.
  const watch = watchDataVersion(process.env.DATABASE_URL!, { pollMs: 60_000 });
  const renderer = await internalRenderer(app);
  const cache = createResponseCache({
    version: watch.current,
    render: renderer.render,
    ...options,
  });
  const viewers = createViewerCache({
    version: watch.current,
    render: renderer.render,
    stamp: (cookies) => sessionStamp(db, cookies),
  });
  const server: Server = createServer((req, res) => {
    const cacheable = cacheableRequest(req.method, req.url, req.headers);
    void (async () => {
      if (cacheable?.session) {
        if (await viewers.serve(req, res, cacheable)) return;
      } else if (cacheable && (await cache.serve(req, res, cacheable))) return;
      app(req, res);
    })();
  });
  await watch.ready;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const instance = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    renders,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await renderer.close();
      await watch.close();
    },
  };
  instances.push(instance);
  return instance;
}

afterAll(async () => {
  await Promise.all(instances.map((i) => i.close()));
});

async function countryWithPledges() {
  const coalition = await makeCoalition();
  const country = await makeCountry({ coalitionSlug: coalition });
  const published = await makePledge({ coalitionSlug: coalition, countryCode: country.code });
  const draft = await makePledge({ coalitionSlug: coalition, countryCode: country.code });
  await db.pledge.update({ where: { id: draft.id }, data: { published: false } });
  return { code: country.code, published, draft };
}

async function until(check: () => Promise<boolean>, ms: number) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 20));
  }
  return Infinity;
}

describe("the public page cache", () => {
  it("renders a public page once per data change, and an edit reaches this instance and another within a second", async () => {
    const { code, published } = await countryWithPledges();
    const [a, b] = [await startInstance(), await startInstance()];
    const path = `/countries/${code}`;
    const first = await fetch(a.url + path).then((r) => r.text());
    expect(first).toContain(published.description);
    for (let i = 0; i < 5; i++) expect(await fetch(a.url + path).then((r) => r.text())).toBe(first);
    // The other instance renders its own copy, byte for byte the same (so its ETag is too).
    expect(await fetch(b.url + path).then((r) => r.text())).toBe(first);
    expect([a.renders.count, b.renders.count]).toEqual([1, 1]);

    // An edit by another process: neither server is told by the writer itself.
    const description = `Edited pledge ${Date.now()}`;
    await db.pledge.update({ where: { id: published.id }, data: { description } });
    const shows = (i: Instance) => async () =>
      (await fetch(i.url + path).then((r) => r.text())).includes(description);
    expect(await until(shows(a), 1000)).toBeLessThan(1000);
    expect(await until(shows(b), 1000)).toBeLessThan(1000);
    expect(await fetch(b.url + path).then((r) => r.text())).not.toContain(published.description);
    const rendered = a.renders.count;
    await fetch(a.url + path);
    expect(a.renders.count).toBe(rendered);
  });

  it("never gives an anonymous reader what a signed-in reader saw, before or after", async () => {
    const { code, published, draft } = await countryWithPledges();
    const server = await startInstance();
    const path = `/countries/${code}`;
    const signedIn = async () =>
      (await fetch(server.url + path, { headers: { cookie: SESSION } })).text();

    const editorView = await signedIn();
    expect(editorView).toContain(draft.description);
    expect(editorView).toContain("Ada Editor");

    for (const headers of [{}, { cookie: "theme=dark" }, {}] as Record<string, string>[]) {
      const response = await fetch(server.url + path, { headers });
      const html = await response.text();
      expect(html).toContain(published.description);
      expect(html).toContain("Sign in");
      for (const secret of [draft.description, "Ada Editor", `/edit/countries/${code}`])
        expect(html).not.toContain(secret);
      expect(response.headers.get("cache-control")).toMatch(/^public/);
    }
    // Signed-in readers still get the live page, not the public copy now cached.
    const again = await fetch(server.url + path, { headers: { cookie: `theme=dark; ${SESSION}` } });
    expect(await again.text()).toContain(draft.description);
    expect(again.headers.get("cache-control")).toContain("private");
    expect(again.headers.get("cache-control")).toContain("no-store");
    expect(again.headers.get("etag")).toBeNull();
  });

  it("sends what a CDN needs: Cache-Control with s-maxage and stale-while-revalidate, an ETag, 304, gzip", async () => {
    const { code } = await countryWithPledges();
    const server = await startInstance();
    const path = `/countries/${code}`;
    const response = await fetch(server.url + path, { headers: { "accept-encoding": "identity" } });
    const body = await response.text();
    const cacheControl = response.headers.get("cache-control")!;
    expect(cacheControl).toMatch(/\bpublic\b/);
    expect(cacheControl).toMatch(/\bs-maxage=\d+/);
    expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/);
    expect(response.headers.get("vary")).toMatch(/Cookie/);
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);

    const revalidated = await fetch(server.url + path, { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("etag")).toBe(etag);

    const { request } = await import("node:http");
    const gzipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      request(server.url + path, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
        const chunks: Buffer[] = [];
        res
          .on("data", (c: Buffer) => chunks.push(c))
          .on("end", () =>
            resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }),
          );
      })
        .on("error", reject)
        .end();
    });
    expect(gzipped.encoding).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString()).toBe(body);

    // After an edit the old tag no longer matches: the reader gets the new page.
    await db.pledge.updateMany({
      where: { countryCode: code },
      data: { description: `Changed ${Date.now()}` },
    });
    expect(
      await until(
        async () =>
          (await fetch(server.url + path, { headers: { "if-none-match": etag } })).status === 200,
        1000,
      ),
    ).toBeLessThan(1000);
  });

  it("gives a cached page a hash policy for exactly its own scripts, and renders a page with a foreign inline script per request", async () => {
    const { code } = await countryWithPledges();
    const server = await startInstance();
    const path = `/countries/${code}`;
    const response = await fetch(server.url + path);
    const policy = response.headers.get("content-security-policy")!;
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(policy).not.toMatch(/nonce-|unsafe-inline'? *[^;]*script|unsafe-eval/);
    expect(policy).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).not.toContain("nonce=");
    const inline = /<script>([^<]*)<\/script>/.exec(html)![1]!;
    const { createHash } = await import("node:crypto");
    expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update(inline).digest("base64")}'`);

    // A script Next.js did not write is never allowed by hash: that page keeps a fresh nonce per response.
    const before = server.renders.count;
    const injected = await Promise.all(
      [1, 2].map(() =>
        fetch(`${server.url}/countries/${code}?x=1`, { headers: { "x-test-inject": "1" } }),
      ),
    );
    const nonces = injected.map(
      (r) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1],
    );
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(injected.map((r) => r.headers.get("etag"))).toEqual([null, null]);
    expect(server.renders.count - before).toBe(2);
  });

  it("keeps only plain 200s: a redirect or a 404 is rendered again each time", async () => {
    const server = await startInstance();
    for (let i = 0; i < 2; i++) {
      expect((await fetch(`${server.url}/countries/XZ`, { redirect: "manual" })).status).toBe(308);
    }
    expect(server.renders.count).toBe(2);
  });

  it("makes a frozen share link immutable until it expires, ends its entry then, and counts openings it serves", async () => {
    const token = "t".repeat(43);
    const expiresAt = new Date(Date.now() + 2500);
    const opened: string[] = [];
    const server = await startInstance({
      shareLink: async () => ({ frozen: true, expiresAt }),
      onShareOpen: (t) => opened.push(t),
    });
    const first = await fetch(`${server.url}/s/${token}`);
    const maxAge = Number(
      /^public, max-age=(\d+), immutable$/.exec(first.headers.get("cache-control")!)?.[1],
    );
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(3);
    await fetch(`${server.url}/s/${token}`);
    await fetch(`${server.url}/s/${token}`);
    expect(server.renders.count).toBe(1);
    expect(opened).toEqual([token, token]); // the render counts the first opening itself
    await new Promise((r) => setTimeout(r, expiresAt.getTime() - Date.now() + 50));
    await fetch(`${server.url}/s/${token}`);
    expect(server.renders.count).toBe(2);
  });

  it("knows a write through this process at once when asked to (read your writes), and nothing while the database is unreadable", async () => {
    const watch = watchDataVersion(process.env.DATABASE_URL!, { pollMs: 60_000 });
    await watch.ready;
    const before = watch.current()!;
    await db.$executeRaw`UPDATE "Coalition" SET "description" = "description"`;
    watch.refresh();
    await watch.settled();
    expect(watch.current()!).toBeGreaterThan(before);
    await watch.close();

    const unreachable = watchDataVersion("postgresql://nobody@127.0.0.1:1/none", {
      pollMs: 60_000,
      retryMs: 60_000,
    });
    await unreachable.ready;
    expect(unreachable.current()).toBeNull();
    await unreachable.close();
  });
});

/** A signed-in user with a live session, as better-auth stores them; its cookie. */
async function signedInUser(name: string) {
  const user = await db.user.create({
    data: { id: uid("user"), name, email: `${uid("viewer")}@test.invalid`, role: "editor" },
  });
  const token = uid("token").replace(/-/g, "");
  await db.session.create({
    data: {
      id: uid("session"),
      token,
      userId: user.id,
      expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
    },
  });
  return { user, token, cookie: `better-auth.session_token=${token}.c2lnbmF0dXJl` };
}

describe("the signed-in page cache", () => {
  it("gives a reader their own page again only while the data, the session and the account are exactly as rendered", async () => {
    const { code, draft } = await countryWithPledges();
    const server = await startInstance();
    const path = `/countries/${code}`;
    const [ada, bo] = [await signedInUser(uid("Ada")), await signedInUser(uid("Bo"))];
    const read = async (cookie: string) => {
      const response = await fetch(server.url + path, { headers: { cookie } });
      return { html: await response.text(), headers: response.headers };
    };

    const first = await read(ada.cookie);
    expect(first.html).toContain(draft.description);
    expect(first.html).toContain(ada.user.name);
    expect(first.headers.get("cache-control")).toMatch(/private.*no-store/);
    expect(first.headers.get("etag")).toBeNull();
    // Again, and with a cookie the server never reads: the same page, not rendered again.
    expect((await read(ada.cookie)).html).toBe(first.html);
    expect((await read(`theme=dark; ${ada.cookie}`)).html).toBe(first.html);
    expect(server.renders.count).toBe(1);

    // Another reader never gets Ada's copy; the public never gets either.
    const other = await read(bo.cookie);
    expect(other.html).toContain(bo.user.name);
    expect(other.html).not.toContain(ada.user.name);
    const anonymous = await fetch(server.url + path).then((r) => r.text());
    for (const secret of [draft.description, ada.user.name, bo.user.name])
      expect(anonymous).not.toContain(secret);
    expect(server.renders.count).toBe(3);

    // A write by another process shows on the very next request: no window, no polling.
    const edited = `Edited draft ${Date.now()}`;
    await db.pledge.update({ where: { id: draft.id }, data: { description: edited } });
    expect((await read(ada.cookie)).html).toContain(edited);

    // So does a change to the account itself (not part of the data version).
    const renamed = uid("Ada Lovelace");
    await db.user.update({ where: { id: ada.user.id }, data: { name: renamed } });
    expect((await read(ada.cookie)).html).toContain(renamed);

    // A session due for better-auth's refresh is rendered live, every time.
    await db.session.update({
      where: { token: bo.token },
      data: { expiresAt: new Date(Date.now() + (SESSION_HOURS - 1) * 3600_000 - 1000) },
    });
    const before = server.renders.count;
    await read(bo.cookie);
    await read(bo.cookie);
    expect(server.renders.count - before).toBe(2);

    // Signed out (the session row is gone): never served from the cache again.
    await db.session.delete({ where: { token: ada.token } });
    const rendered = server.renders.count;
    const after = await read(ada.cookie);
    expect(after.html).not.toContain(renamed);
    expect(server.renders.count).toBe(rendered + 1);
  });
});
