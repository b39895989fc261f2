import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { sessionToken } from "../auth/session-stamp";
import { cacheableRequest, sessionCookies } from "./cacheable";
import { createResponseCache } from "./response-cache";

const SESSION = "better-auth.session_token=abc123.c2lnbmF0dXJl%3D";

describe("which cache may answer a request", () => {
  it("sends a reader without a session to the public cache, one with a session to their own", () => {
    expect(cacheableRequest("GET", "/countries/FR", {})?.session).toBeNull();
    expect(cacheableRequest("GET", "/countries/FR", { cookie: "theme=dark" })?.session).toBeNull();
    const signedIn = cacheableRequest("GET", "/countries/FR", {
      cookie: `theme=dark; ${SESSION}; saved=1`,
    });
    expect(signedIn?.session).toBe(SESSION);
    // The key of the page itself does not hold the cookie: the signed-in cache adds it.
    expect(signedIn?.key).toBe(cacheableRequest("GET", "/countries/FR", {})?.key);
  });

  it("renders live what neither may keep: credentials, writes, share views with a session, pages outside the list", () => {
    expect(cacheableRequest("GET", "/countries/FR", { authorization: "Bearer x" })).toBeNull();
    expect(cacheableRequest("POST", "/countries/FR", { cookie: SESSION })).toBeNull();
    expect(cacheableRequest("GET", `/s/${"t".repeat(43)}`, { cookie: SESSION })).toBeNull();
    expect(cacheableRequest("GET", `/s/${"t".repeat(43)}`, {})).not.toBeNull();
    expect(cacheableRequest("GET", "/edit/pledges/p1", { cookie: SESSION })).toBeNull();
    expect(
      cacheableRequest("GET", "/countries/FR?asOf=2026-01-01", { cookie: SESSION }),
    ).toBeNull();
  });

  it("keeps only better-auth's cookies, with or without the secure prefix", () => {
    expect(sessionCookies(undefined)).toBeNull();
    expect(sessionCookies("theme=dark; saved=1")).toBeNull();
    expect(
      sessionCookies(
        "a=1; __Secure-better-auth.session_token=t.s; better-auth.dont_remember=true; b=2",
      ),
    ).toBe("__Secure-better-auth.session_token=t.s; better-auth.dont_remember=true");
  });
});

describe("the two caches", () => {
  it("never mix readers: the public one refuses a session, a private one its absence, before rendering anything", async () => {
    let renders = 0;
    const render = async () => {
      renders++;
      return { status: 200, headers: {}, body: Buffer.from("page") };
    };
    const publicCache = createResponseCache({ version: () => 1n, render });
    const privateCache = createResponseCache({ version: () => 1n, render, audience: "private" });
    const [req, res] = [{} as IncomingMessage, {} as ServerResponse];
    const signedIn = cacheableRequest("GET", "/countries/FR", { cookie: SESSION })!;
    const anonymous = cacheableRequest("GET", "/countries/FR", {})!;
    expect(await publicCache.serve(req, res, signedIn)).toBe(false);
    expect(await privateCache.serve(req, res, anonymous)).toBe(false);
    expect(renders).toBe(0);
  });
});

describe("sessionToken (the session a cookie names)", () => {
  it("reads the token before the signature, URL-decoded, under either cookie name", () => {
    expect(sessionToken(SESSION)).toBe("abc123");
    expect(sessionToken("__Secure-better-auth.session_token=xyz.sig")).toBe("xyz");
    expect(sessionToken("better-auth.dont_remember=true")).toBeNull();
    expect(sessionToken("better-auth.session_token=")).toBeNull();
    expect(sessionToken("better-auth.session_token=%E0%A4%A")).toBeNull();
  });
});
