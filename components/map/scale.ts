import { plural } from "@/components/facts/format";
import type { CountryStance } from "@/lib/capability/by-country";
import type { Posture } from "@/lib/labels";
import { keysOf, POSTURES } from "@/lib/labels";

export type MapMode = "posture" | "capacity";
export type LegendItem = { key: string; label: string; color: string };
export type Paint = { fill: string; detail: string };

export const NOT_NAMED = "#e2e8f0";
/** Stripes over territory Russia occupies: the land stays coloured as Ukraine's. */
export const OCCUPIED_HATCH = "#7f1d1d";

export const POSTURE_COLORS: Record<Posture, string> = {
  COMMITTED: "#047857",
  CONSIDERING: "#0284c7",
  CONDITIONAL: "#f59e0b",
  SUPPORT_ONLY: "#7c3aed",
  DECLINED: "#64748b",
  OPPOSED: "#be123c",
  UNDISCLOSED: "#94a3b8",
};

/** Light to dark; a short legend uses the darker end so one step is never near-white. */
const BLUES = ["#bfdbfe", "#60a5fa", "#2563eb", "#1d4ed8", "#1e3a8a"];

/** The country the guarantees are for: not a member, so it has no posture, but not "unknown". */
export const PROTECTED = {
  code: "UA",
  color: "#facc15",
  label: "The country the guarantees protect",
};

export type Step = { min: number; max: number };

/** Rounds down to two significant figures, so range edges read as 1,200 rather than 1,187. */
function round2(n: number) {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.floor(n / unit) * unit;
}

/**
 * Pledge-count classes for the capacity map: one per value while there are five values
 * or fewer (the real data: a handful of pledges, one or two per country), otherwise five
 * quantile classes of the countries' counts with rounded edges, so a few giants do not
 * paint every other country the same colour (100k synthetic pledges).
 */
export function capacitySteps(counts: number[]): Step[] {
  const values = [...new Set(counts.filter((n) => n > 0))].sort((a, b) => a - b);
  if (values.length <= 5) return values.map((n) => ({ min: n, max: n }));
  const sorted = counts.filter((n) => n > 0).sort((a, b) => a - b);
  const edges = [1];
  for (const q of [0.2, 0.4, 0.6, 0.8]) {
    const edge = round2(sorted[Math.floor(q * sorted.length)]!);
    if (edge > edges.at(-1)!) edges.push(edge);
  }
  const max = values.at(-1)!;
  return edges.map((min, i) => ({ min, max: i + 1 < edges.length ? edges[i + 1]! - 1 : max }));
}

function stepColor(index: number, steps: number) {
  const offset = BLUES.length - Math.max(steps, 2);
  return BLUES[Math.max(0, offset + index)]!;
}

function quantities(s: CountryStance) {
  const stated = s.quantities
    .map((q) => `${q.quantity.toLocaleString("en")}${q.unit ? ` ${q.unit}` : ""}`)
    .join(", ");
  return stated ? `stated quantities: ${stated}` : "quantity undisclosed";
}

function protectedParty(s: CountryStance): Paint | null {
  return s.code === PROTECTED.code ? { fill: PROTECTED.color, detail: PROTECTED.label } : null;
}

/**
 * How each country is coloured and described, and the legend that explains it.
 * `unnamed`: capacity pledges no source ties to a country (so on no country of the map).
 */
export function paintMap(
  stances: CountryStance[],
  mode: MapMode,
  domainLabel: string,
  unnamed = 0,
) {
  const paint = new Map<string, Paint>();
  let legend: LegendItem[];
  let note: string | null = null;
  if (mode === "posture") {
    for (const s of stances) {
      const member = s.isMember === false ? " (not a coalition member)" : "";
      paint.set(
        s.numeric,
        protectedParty(s) ??
          (s.posture
            ? { fill: POSTURE_COLORS[s.posture], detail: `${POSTURES[s.posture].label}${member}` }
            : { fill: NOT_NAMED, detail: "No posture recorded" }),
      );
    }
    const used = new Set(stances.map((s) => s.posture));
    legend = keysOf(POSTURES)
      .filter((p) => used.has(p))
      .map((p) => ({ key: p, label: POSTURES[p].label, color: POSTURE_COLORS[p] }));
  } else {
    const steps = capacitySteps(stances.map((s) => s.pledges));
    const colorOf = (n: number) =>
      stepColor(
        steps.findIndex((b) => n >= b.min && n <= b.max),
        steps.length,
      );
    for (const s of stances) {
      paint.set(
        s.numeric,
        protectedParty(s) ??
          (s.pledges
            ? {
                fill: colorOf(s.pledges),
                detail: `${plural(s.pledges, "pledge")} in ${domainLabel}; ${quantities(s)}`,
              }
            : { fill: NOT_NAMED, detail: `No pledge recorded in ${domainLabel}` }),
      );
    }
    legend = steps.map((b) => ({
      key: `${b.min}`,
      label:
        b.min === b.max
          ? plural(b.min, "pledge")
          : `${b.min.toLocaleString("en")}–${b.max.toLocaleString("en")} pledges`,
      color: colorOf(b.min),
    }));
    const named = stances.reduce((sum, s) => sum + s.pledges, 0);
    const total = named + unnamed;
    note =
      total === 0
        ? `No pledge recorded in ${domainLabel}.`
        : unnamed === 0
          ? `All ${plural(total, "pledge")} in ${domainLabel} name their country.`
          : `${unnamed.toLocaleString("en")} of ${plural(total, "pledge")} in ${domainLabel} name no country, so the map cannot show them.`;
  }
  const hasProtected = stances.some((s) => s.code === PROTECTED.code);
  return {
    paint,
    note,
    legend: [
      ...(hasProtected
        ? [{ key: "protected", label: PROTECTED.label, color: PROTECTED.color }]
        : []),
      ...legend,
      {
        key: "none",
        label: mode === "posture" ? "No recorded posture" : "No pledge recorded",
        color: NOT_NAMED,
      },
    ],
  };
}
