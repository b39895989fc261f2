import { describe, expect, it } from "vitest";
import { cachedPagePolicy, contentSecurityPolicy, createNonce } from "./csp";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce in production: no unsafe-inline, no eval", () => {
    const policy = contentSecurityPolicy({
      nonce: "abc",
      dev: false,
      frameable: false,
      https: false,
    });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
  });

  it("lets the dev server eval, and only embeds be framed", () => {
    expect(
      directive(
        contentSecurityPolicy({ nonce: "n", dev: true, frameable: false, https: false }),
        "script-src",
      ),
    ).toContain("'unsafe-eval'");
    expect(
      directive(
        contentSecurityPolicy({ nonce: "n", dev: false, frameable: true, https: true }),
        "frame-ancestors",
      ),
    ).toBe("frame-ancestors *");
  });

  it("gives a cached page its scripts by hash instead of a nonce, and keeps every other directive", () => {
    const rendered = contentSecurityPolicy({
      nonce: "abc",
      dev: false,
      frameable: true,
      https: true,
    });
    const policy = cachedPagePolicy(rendered, ["AAAA", "BBBB"]);
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'sha256-AAAA' 'sha256-BBBB'");
    expect(policy).not.toContain("nonce-");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy.replace(directive(policy, "script-src")!, "")).toBe(
      rendered.replace(directive(rendered, "script-src")!, ""),
    );
    expect(directive(cachedPagePolicy(rendered, []), "script-src")).toBe("script-src 'self'");
  });

  it("makes a fresh nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("proxy (every page's headers)", () => {
  const page = async (url: string) => {
    const { NextRequest } = await import("next/server");
    const { proxy } = await import("@/proxy");
    return proxy(new NextRequest(url));
  };

  it("sends HSTS only when GUARANTOR_URL is https", async () => {
    const saved = process.env.GUARANTOR_URL;
    try {
      process.env.GUARANTOR_URL = "https://guarantor.example.org";
      const secure = await page("https://guarantor.example.org/countries");
      expect(secure.headers.get("strict-transport-security")).toBe(
        "max-age=31536000; includeSubDomains",
      );
      expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
      process.env.GUARANTOR_URL = "http://localhost:3000";
      expect(
        (await page("http://localhost:3000/countries")).headers.get("strict-transport-security"),
      ).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.GUARANTOR_URL;
      else process.env.GUARANTOR_URL = saved;
    }
  });

  it("gives each response its own nonce, and lets only /embed/ be framed", async () => {
    const [a, b, embed] = await Promise.all([
      page("http://localhost/"),
      page("http://localhost/"),
      page("http://localhost/embed/abc"),
    ]);
    const nonce = (r: Response) =>
      /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce(a)).toBeTruthy();
    expect(nonce(a)).not.toBe(nonce(b));
    expect(a.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors *");
  });
});
