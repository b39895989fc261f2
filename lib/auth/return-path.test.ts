import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./schema";

/** How a browser resolves a Location header on this site: where would the user land? */
function landsOn(location: string) {
  return new URL(location, "https://guarantor.example").origin;
}

describe("safeReturnPath (where sign-in sends the user back to)", () => {
  const hostile = [
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%09/evil.example", // as sent raw (a form's hidden field is not decoded twice)
    "//evil.example",
    "///evil.example", // `next=/%2F%2Fevil.example`, decoded once by the query parser
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "/x/..//evil.example",
    "/./\t/evil.example",
    " /evil",
    "／／evil.example",
    "\uFF0F\uFF0Fevil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "/javascript:alert(1)//",
    "data:text/html,<script>alert(1)</script>",
    "https://evil.example/",
    "http:/evil.example",
    "https:evil.example",
    "",
    "evil.example",
    undefined,
    null,
    42,
    ["/countries"],
  ];
  it.each(hostile.map((v) => [JSON.stringify(v), v]))(
    "never leaves the site: %s",
    (_label, value) => {
      const path = safeReturnPath(value);
      expect(path.startsWith("/")).toBe(true);
      expect(path.startsWith("//")).toBe(false);
      expect(landsOn(path)).toBe("https://guarantor.example");
    },
  );

  it.each([
    "/\t/evil.example",
    "/\\evil.example",
    "///evil.example",
    "//evil.example",
    "javascript:alert(1)",
    "https://evil.example/",
  ])("sends %j home", (value) => expect(safeReturnPath(value)).toBe("/"));

  it("keeps full-width slashes inside the path as a harmless path on this site", () => {
    const path = safeReturnPath("/\uFF0F\uFF0Fevil.example");
    expect(path).toBe("/%EF%BC%8F%EF%BC%8Fevil.example");
    expect(landsOn(path)).toBe("https://guarantor.example");
  });

  it.each([
    ["/", "/"],
    ["/countries/FR", "/countries/FR"],
    [
      "/pledges?domain=AIR,MARITIME&status=CONDITIONAL&page=2",
      "/pledges?domain=AIR,MARITIME&status=CONDITIONAL&page=2",
    ],
    ["/edit/pledges/abc?tab=history#quotes", "/edit/pledges/abc?tab=history#quotes"],
    ["/history/Pledge/123", "/history/Pledge/123"],
    ["/pledges?q=a%20b", "/pledges?q=a%20b"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // still a path here: encoded slashes are not separators
  ])("keeps the same-site path %s", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });
});
