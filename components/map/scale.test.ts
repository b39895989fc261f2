import { describe, expect, it } from "vitest";
import type { CountryStance } from "@/lib/capability/by-country";
import { capacitySteps, paintMap, PROTECTED } from "./scale";

const stance = (
  code: string,
  pledges: number,
  posture: CountryStance["posture"] = null,
): CountryStance => ({
  code,
  name: code,
  numeric: code,
  posture,
  isMember: posture ? true : null,
  pledges,
  quantities: [],
});

describe("the capacity scale", () => {
  it("tells countries apart at 100k pledges, not only the largest", () => {
    const counts = [1, 4, 40, 300, 900, 1800, 2500, 2600, 2700, 3100, 5000, 60000];
    const stances = counts.map((n, i) => stance(`C${i}`, n));
    const { paint, legend } = paintMap(stances, "capacity", "any domain");
    const fill = (n: number) => paint.get(`C${counts.indexOf(n)}`)!.fill;
    expect(new Set([fill(1), fill(900), fill(2600), fill(60000)]).size).toBe(4);
    // A legend of ranges that covers every count, in order, without gaps.
    const steps = capacitySteps(counts);
    expect(steps.length).toBeLessThanOrEqual(5);
    expect(steps[0]!.min).toBe(1);
    expect(steps.at(-1)!.max).toBe(60000);
    steps.slice(1).forEach((s, i) => expect(s.min).toBe(steps[i]!.max + 1));
    expect(legend.map((l) => l.label)).toContain("1–39 pledges");
  });

  it("with a handful of pledges, one step per count, and says how many name no country", () => {
    const stances = [
      stance("FR", 1),
      stance("GB", 1),
      stance("DE", 1),
      stance("IE", 1),
      stance("NL", 0),
    ];
    const { legend, note, paint } = paintMap(stances, "capacity", "any domain", 4);
    expect(legend.map((l) => l.label)).toEqual(["1 pledge", "No pledge recorded"]);
    expect(note).toBe("4 of 8 pledges in any domain name no country, so the map cannot show them.");
    // The one step is a strong colour, not the near-white end of the ramp.
    expect(paint.get("FR")!.fill).not.toBe("#bfdbfe");
  });
});

describe("Ukraine on the map", () => {
  it("is the protected party, not a country with no recorded posture", () => {
    for (const mode of ["posture", "capacity"] as const) {
      const { paint, legend } = paintMap(
        [stance("UA", 0), stance("RU", 0, "OPPOSED")],
        mode,
        "any domain",
      );
      expect(paint.get("UA")).toEqual({
        fill: PROTECTED.color,
        detail: "The country the guarantees protect",
      });
      expect(legend[0]!.label).toBe("The country the guarantees protect");
    }
  });
});
