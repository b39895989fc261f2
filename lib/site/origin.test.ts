import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./origin";

const req = (method: string, headers: Record<string, string>) => ({
  method,
  headers: new Headers(headers),
});

describe("isCrossSiteWrite", () => {
  it("lets reads and same-origin writes through", () => {
    expect(isCrossSiteWrite(req("GET", { origin: "http://evil.example", host: "app.test" }))).toBe(
      false,
    );
    expect(isCrossSiteWrite(req("POST", { origin: "http://app.test", host: "app.test" }))).toBe(
      false,
    );
    expect(isCrossSiteWrite(req("POST", { host: "app.test" }))).toBe(false);
    expect(
      isCrossSiteWrite(req("POST", { origin: "https://public.example", host: "internal:3000" }), [
        "https://public.example",
      ]),
    ).toBe(false);
  });

  it("refuses writes from another site", () => {
    expect(isCrossSiteWrite(req("POST", { origin: "http://evil.example", host: "app.test" }))).toBe(
      true,
    );
    expect(isCrossSiteWrite(req("DELETE", { origin: "null", host: "app.test" }))).toBe(true);
    expect(
      isCrossSiteWrite(req("POST", { "sec-fetch-site": "cross-site", host: "app.test" })),
    ).toBe(true);
  });
});
