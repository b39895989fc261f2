import { geoContains } from "d3-geo";
import { describe, expect, it } from "vitest";
import { europeFeatures, europeShapes, occupiedShapes } from "./geometry";
import { layoutLabels } from "./labels";

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const SEVASTOPOL: [number, number] = [33.52, 44.6];
const KYIV: [number, number] = [30.52, 50.45];
const MOSCOW: [number, number] = [37.62, 55.75];

const shape = (id: string) => europeFeatures().find((f) => f.id === id)!;

describe("the map's borders", () => {
  it("draws Crimea as Ukraine's, not Russia's", () => {
    const russia = shape("643");
    const ukraine = shape("804");
    for (const point of [SIMFEROPOL, SEVASTOPOL]) {
      expect(geoContains(russia, point)).toBe(false);
      expect(geoContains(ukraine, point)).toBe(true);
    }
    expect(geoContains(russia, MOSCOW)).toBe(true);
    expect(geoContains(ukraine, KYIV)).toBe(true);
  });

  it("merges Crimea into Ukraine, with no border across the isthmus, and marks it occupied", () => {
    // Merged: the mainland and Crimea are one polygon, not two touching ones.
    const ukraine = shape("804");
    const pieces =
      ukraine.geometry.type === "MultiPolygon"
        ? ukraine.geometry.coordinates
        : [ukraine.geometry.coordinates];
    const holding = (p: [number, number]) =>
      pieces.findIndex((coordinates) => geoContains({ type: "Polygon", coordinates }, p));
    expect(holding(SIMFEROPOL)).toBe(holding(KYIV));
    expect(occupiedShapes().map((o) => o.name)).toEqual(["Crimea"]);
  });
});

describe("the map's labels", () => {
  const known = ["IE", "GB", "FR", "DE", "NL", "UA", "RU"];
  const numeric: Record<string, string> = {
    IE: "372",
    GB: "826",
    FR: "250",
    DE: "276",
    NL: "528",
    UA: "804",
    RU: "643",
  };
  const inputs = known.map((code) => {
    const s = europeShapes().find((x) => x.numeric === numeric[code])!;
    return { key: code, name: s.name, short: code, at: s.labelAt, area: s.area };
  });

  it.each([
    [11, false],
    [22, true],
  ])("never overlap and stay on the map (font %i, codes only: %s)", (size, short) => {
    const placed = layoutLabels(inputs, size, short);
    const boxes = placed.map((l) => ({ ...l, w: (l.text.length * size * 0.62) / 2 }));
    for (const a of boxes) {
      expect(a.x - a.w).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w).toBeLessThanOrEqual(800);
      for (const b of boxes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= a.w + b.w || Math.abs(a.y - b.y) >= size;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
    }
    // Ireland and the United Kingdom are both named (by name or code).
    expect(placed.map((l) => l.key)).toEqual(expect.arrayContaining(["IE", "GB"]));
  });
});
