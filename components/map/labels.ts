import { MAP_HEIGHT, MAP_WIDTH } from "@/components/map/geometry";

export type LabelInput = {
  key: string;
  name: string;
  short: string;
  at: [number, number];
  area: number;
};
export type PlacedLabel = { key: string; text: string; x: number; y: number };

/** Rough width of a semibold Inter glyph, as a share of the font size (measured: 0.58-0.62). */
const GLYPH = 0.62;
const PAD = 2;

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places country names so none overlaps another or runs off the map: the largest countries
 * first, each at the middle of its largest piece (or a line above or below it), moved
 * inwards at the edges. A name that does not fit falls back to its ISO code, and a code
 * that does not fit is left out (the tooltip and the table still name the country).
 */
export function layoutLabels(
  labels: LabelInput[],
  fontSize: number,
  useShort = false,
): PlacedLabel[] {
  const placed: (PlacedLabel & { box: Box })[] = [];
  const half = fontSize / 2 + PAD;
  for (const l of [...labels].sort((a, b) => b.area - a.area)) {
    const texts = useShort ? [l.short] : [l.name, l.short];
    const nudges = [0, -1, 1].map((k) => k * (fontSize + PAD));
    const tries = texts.flatMap((text) => nudges.map((dy) => ({ text, dy })));
    for (const { text, dy } of tries) {
      const w = (text.length * fontSize * GLYPH) / 2 + PAD;
      const x = Math.min(Math.max(l.at[0], w), MAP_WIDTH - w);
      const y = Math.min(Math.max(l.at[1] + dy, half), MAP_HEIGHT - half);
      const box = { x0: x - w, x1: x + w, y0: y - half, y1: y + half };
      if (placed.some((p) => overlaps(p.box, box))) continue;
      placed.push({ key: l.key, text, x, y, box });
      break;
    }
  }
  return placed.map(({ key, text, x, y }) => ({ key, text, x, y }));
}
