import { plural } from "@/components/facts/format";
import type { CountryStance } from "@/lib/capability/by-country";
import type { Posture } from "@/lib/generated/prisma/enums";
import { keysOf, POSTURES } from "@/lib/labels";

export type MapMode = "posture" | "capacity";
export type LegendItem = { key: string; label: string; color: string };
export type Paint = { fill: string; detail: string };

export const NOT_NAMED = "#e2e8f0";

export const POSTURE_COLORS: Record<Posture, string> = {
  COMMITTED: "#047857",
  CONSIDERING: "#0284c7",
  CONDITIONAL: "#f59e0b",
  SUPPORT_ONLY: "#7c3aed",
  DECLINED: "#64748b",
  OPPOSED: "#be123c",
  UNDISCLOSED: "#94a3b8",
};

const BLUES = ["#bfdbfe", "#60a5fa", "#2563eb", "#1e3a8a"];

/** Pledge-count buckets: one per number while few, four ranges beyond. */
function buckets(max: number): { min: number; max: number }[] {
  if (max <= 4) return Array.from({ length: max }, (_, i) => ({ min: i + 1, max: i + 1 }));
  const step = Math.ceil(max / 4);
  return [0, 1, 2, 3]
    .map((i) => ({ min: i * step + 1, max: Math.min(max, (i + 1) * step) }))
    .filter((b) => b.min <= b.max);
}

function quantities(s: CountryStance) {
  const stated = s.quantities
    .map((q) => `${q.quantity.toLocaleString("en")}${q.unit ? ` ${q.unit}` : ""}`)
    .join(", ");
  return stated ? `stated quantities: ${stated}` : "quantity undisclosed";
}

/** How each country is coloured and described, and the legend that explains it. */
export function paintMap(stances: CountryStance[], mode: MapMode, domainLabel: string) {
  const paint = new Map<string, Paint>();
  let legend: LegendItem[];
  if (mode === "posture") {
    for (const s of stances) {
      const member = s.isMember === false ? " (not a coalition member)" : "";
      paint.set(
        s.numeric,
        s.posture
          ? { fill: POSTURE_COLORS[s.posture], detail: `${POSTURES[s.posture].label}${member}` }
          : { fill: NOT_NAMED, detail: "No posture recorded" },
      );
    }
    const used = new Set(stances.map((s) => s.posture));
    legend = keysOf(POSTURES)
      .filter((p) => used.has(p))
      .map((p) => ({ key: p, label: POSTURES[p].label, color: POSTURE_COLORS[p] }));
  } else {
    const steps = buckets(Math.max(0, ...stances.map((s) => s.pledges)));
    const colorOf = (n: number) =>
      BLUES[
        Math.round(
          (steps.findIndex((b) => n >= b.min && n <= b.max) * (BLUES.length - 1)) /
            Math.max(1, steps.length - 1),
        )
      ]!;
    for (const s of stances) {
      paint.set(
        s.numeric,
        s.pledges
          ? {
              fill: colorOf(s.pledges),
              detail: `${plural(s.pledges, "pledge")} in ${domainLabel}; ${quantities(s)}`,
            }
          : { fill: NOT_NAMED, detail: `No pledge recorded in ${domainLabel}` },
      );
    }
    legend = steps.map((b) => ({
      key: `${b.min}`,
      label: b.min === b.max ? plural(b.min, "pledge") : `${b.min}–${b.max} pledges`,
      color: colorOf(b.min),
    }));
  }
  return {
    paint,
    legend: [
      ...legend,
      {
        key: "none",
        label: mode === "posture" ? "Not named (no recorded posture)" : "No pledge recorded",
        color: NOT_NAMED,
      },
    ],
  };
}
