import { describe, expect, it } from "vitest";
import { parseEnv, startEnvSchema } from "../env";
import { clientAddress, normaliseAddress, parseTrustedProxies } from "./client-address";

describe("clientAddress", () => {
  it("uses the socket and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", null)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", ["1.1.1.1", "2.2.2.2"], null)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "198.51.100.1", null)).toBe("unknown");
  });

  it("ignores X-Forwarded-For from a socket that is not a trusted proxy", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8");
    expect(clientAddress("203.0.113.9", "198.51.100.1", trusted)).toBe("203.0.113.9");
  });

  it("believes only the hops trusted proxies added, reading from the right", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    // The client forged the first entry; the proxy appended the address it saw.
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.1", trusted)).toBe("198.51.100.1");
    // Two proxies in a row.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.1", trusted)).toBe(
      "198.51.100.1",
    );
    // A header split over two lines reads as one list.
    expect(clientAddress("10.0.0.2", ["6.6.6.6", "198.51.100.1"], trusted)).toBe("198.51.100.1");
    // No header: the proxy itself is the best we know.
    expect(clientAddress("10.0.0.2", undefined, trusted)).toBe("10.0.0.2");
    // Garbage from further out stops the walk at the last trusted hop.
    expect(clientAddress("10.0.0.2", "evil, 10.0.0.1", trusted)).toBe("10.0.0.1");
    expect(clientAddress("::ffff:127.0.0.1", "198.51.100.7:4711", trusted)).toBe("198.51.100.7");
  });

  it("reads IPv6 proxies and clients", () => {
    const trusted = parseTrustedProxies("fd00::/8, ::1");
    expect(clientAddress("::1", "2001:db8::1, fd00::5", trusted)).toBe("2001:db8::1");
    expect(clientAddress("2001:db8::9", "2001:db8::1", trusted)).toBe("2001:db8::9");
  });

  it("normalises what Node and proxies write", () => {
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress(" 198.51.100.7 ")).toBe("198.51.100.7");
    expect(normaliseAddress("local")).toBeNull();
    expect(normaliseAddress("")).toBeNull();
  });
});

describe("TRUSTED_PROXIES", () => {
  it("accepts addresses and CIDR ranges", () => {
    expect(
      parseEnv(startEnvSchema, { TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8, fd00::/8" })
        .TRUSTED_PROXIES,
    ).toBe("127.0.0.1, 10.0.0.0/8, fd00::/8");
    expect(parseEnv(startEnvSchema, {}).TRUSTED_PROXIES).toBeUndefined();
  });

  it.each(["yes", "10.0.0.0/33", "10.0.0.0/8/1", "localhost", "300.1.1.1", "fd00::/129"])(
    "stops the start naming the setting for %j",
    (value) => {
      expect(() => parseEnv(startEnvSchema, { TRUSTED_PROXIES: value })).toThrow(
        /^Invalid setting: TRUSTED_PROXIES must list proxy addresses/,
      );
    },
  );
});
