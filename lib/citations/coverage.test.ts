import { describe, expect, it } from "vitest";
import { coverageSummary, paragraphCoverage, splitParagraphs } from "./coverage";

const paragraphs = (text: string) => splitParagraphs(text).map((r) => text.slice(r.start, r.end));

describe("splitParagraphs", () => {
  it("splits at blank lines when the text has them, keeping hard-wrapped lines together", () => {
    expect(paragraphs("Title\n\nFirst line\nwrapped here.\n\n\n  Second one.  \n")).toEqual([
      "Title",
      "First line\nwrapped here.",
      "Second one.",
    ]);
  });

  it("splits at each line break when the text has no blank line", () => {
    expect(paragraphs("Heading\nOne paragraph.\r\nAnother.")).toEqual([
      "Heading",
      "One paragraph.",
      "Another.",
    ]);
  });
});

describe("paragraphCoverage", () => {
  const text =
    "A Summit in Paris\n\nLeaders met in Paris. Twenty-six countries said they were ready.\n\nNothing else was agreed. Talks go on.\n\nThe end came late.";

  it("says which paragraphs are cited, by which quotes, and which are not", () => {
    const result = paragraphCoverage(text, [
      { id: "a", quote: "Twenty-six countries said they were ready" },
      { id: "b", quote: "met in Paris" },
      { id: "c", quote: "not in the text at all" },
      { id: "d", quote: "came late" },
    ]);
    expect(result.map((p) => ({ heading: p.heading, ids: p.ids }))).toEqual([
      { heading: true, ids: [] },
      { heading: false, ids: ["a", "b"] },
      { heading: false, ids: [] },
      { heading: false, ids: ["d"] },
    ]);
    expect(coverageSummary(result)).toEqual({ cited: 2, total: 3 });
    // The pieces rebuild the paragraph and mark exactly the quoted words.
    const cited = result[1]!;
    expect(cited.pieces.map((p) => p.text).join("")).toBe(text.slice(cited.start, cited.end));
    expect(cited.pieces.filter((p) => p.ids.length).map((p) => [p.text, p.ids])).toEqual([
      ["met in Paris", ["b"]],
      ["Twenty-six countries said they were ready", ["a"]],
    ]);
    expect(cited.pieces[0]).toMatchObject({ start: cited.start, text: "Leaders " });
  });

  it("finds quotes typed with straight quotes and marks a quote running over two paragraphs in both", () => {
    const source = "It is “a line in the sand”, he said.\n\nThen it ended.";
    const result = paragraphCoverage(source, [
      { id: "q", quote: 'a line in the sand"' },
      { id: "x", quote: "he said. Then it" },
    ]);
    expect(result[0]!.pieces.find((p) => p.ids.includes("q"))?.text).toBe("a line in the sand”");
    expect(result.map((p) => p.ids)).toEqual([["q", "x"], ["x"]]);
    expect(result[1]!.pieces[0]).toMatchObject({ text: "Then it", ids: ["x"] });
  });

  it("overlapping quotes split into pieces that answer to each quote covering them", () => {
    const [p] = paragraphCoverage("One two three four five.", [
      { id: "a", quote: "two three" },
      { id: "b", quote: "three four" },
    ]);
    expect(p!.pieces.map((x) => [x.text, x.ids])).toEqual([
      ["One ", []],
      ["two ", ["a"]],
      ["three", ["a", "b"]],
      [" four", ["b"]],
      [" five.", []],
    ]);
  });
});
