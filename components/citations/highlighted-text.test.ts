import { describe, expect, it } from "vitest";
import { segmentText } from "./highlighted-text";

describe("segmentText", () => {
  it("marks each quote and keeps the rest of the text unchanged", () => {
    const text = "One two three four five.";
    const segments = segmentText(text, [
      { id: "a", quote: "two three" },
      { id: "b", quote: "three four" },
      { id: "c", quote: "five" },
      { id: "d", quote: "not there" },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.ids.length)).toEqual([
      { text: "two three four", ids: ["a", "b"] },
      { text: "five", ids: ["c"] },
    ]);
  });
});
