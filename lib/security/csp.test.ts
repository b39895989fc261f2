import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce in production: no unsafe-inline, no eval", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", dev: false, frameable: false, https: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
  });

  it("lets the dev server eval, and only embeds be framed", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", dev: true, frameable: false, https: false }), "script-src")).toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy({ nonce: "n", dev: false, frameable: true, https: true }), "frame-ancestors")).toBe("frame-ancestors *");
  });

  it("makes a fresh nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
