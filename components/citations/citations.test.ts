import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { citationBacks } from "@/lib/labels";
import { Citations } from "./citations";

const source = { id: "s", title: "An article" };

describe("what a quote backs, on public pages", () => {
  it("shows no internal field list, only what the quote backs in words", () => {
    const html = renderToStaticMarkup(
      createElement(Citations, {
        open: true,
        items: [
          // What an older creation stored: the record's columns.
          {
            id: "a",
            quote: "They met.",
            field: "id, kind, title, summary, sequence, countryCodes",
            source,
          },
          { id: "b", quote: "It is confirmed.", field: "status, conditionSlugs", source },
          { id: "c", quote: "Noted.", field: "internalNote", source },
        ],
      }),
    );
    expect(html).not.toMatch(/On id|sequence|countryCodes|conditionSlugs|internalNote/);
    expect(html).toContain("Backs: status and conditions");
    expect(html.match(/Backs:/g)).toHaveLength(1);
  });

  it("words a field list, or gives nothing", () => {
    expect(citationBacks(null)).toBeNull();
    expect(citationBacks("id, kind, title")).toBeNull();
    expect(citationBacks("slug, name, description")).toBeNull();
    expect(citationBacks("posture")).toBe("posture");
    expect(citationBacks("status, description, announcedOn")).toBe(
      "status, description and announcement date",
    );
    expect(citationBacks("version, internalNote")).toBeNull();
  });
});
