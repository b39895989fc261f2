import { describe, expect, it } from "vitest";
import { citeDefaults } from "./prefill";

describe("citeDefaults", () => {
  const sources = [{ id: "after-the-summit" }];

  it("fills in a known source and its quote, trimmed", () => {
    expect(
      citeDefaults({ sourceId: "after-the-summit", quote: "  26 countries  " }, sources),
    ).toEqual({ sourceId: "after-the-summit", quote: "26 countries" });
  });

  it("ignores an unknown source, a missing or too long quote, and repeated parameters", () => {
    expect(citeDefaults({ sourceId: "nope", quote: "26 countries" }, sources)).toEqual({});
    expect(citeDefaults({ sourceId: "after-the-summit" }, sources)).toEqual({});
    expect(
      citeDefaults({ sourceId: "after-the-summit", quote: "x".repeat(2001) }, sources),
    ).toEqual({});
    expect(citeDefaults({ sourceId: ["after-the-summit", "b"], quote: "26" }, sources)).toEqual({});
  });
});
