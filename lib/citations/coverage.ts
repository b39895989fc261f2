/**
 * Which paragraphs of a source its citations cover: the source page marks the cited
 * passages and flags the paragraphs no fact cites yet, so an editor reading a new
 * article sees at once what is still to be turned into facts.
 */
import { quoteFinder } from "@/lib/changes/quote-match";

type Quote = { id: string; quote: string };

/** A run of the source's text, at [start, end) in its characters. */
export type Piece = { start: number; end: number; text: string; ids: string[] };

export type Paragraph = {
  start: number;
  end: number;
  /** A short line without closing punctuation (a title or section heading): nothing to cite. */
  heading: boolean;
  /** The citations whose quotes fall (at least partly) in this paragraph. */
  ids: string[];
  /** The paragraph's text cut where quotes start and end. */
  pieces: Piece[];
};

/**
 * Paragraphs, as [start, end) ranges without their surrounding whitespace. Articles pasted
 * with blank lines between paragraphs keep hard-wrapped lines together; text with none
 * (one paragraph a line) splits at each line break.
 */
export function splitParagraphs(text: string): { start: number; end: number }[] {
  const separator = /\n[ \t\r]*\n/.test(text) ? /\n(?:[ \t\r]*\n)+/g : /\n+/g;
  const ranges: { start: number; end: number }[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const chunk = text.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const body = chunk.trim();
    if (body) ranges.push({ start: start + lead, end: start + lead + body.length });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return ranges;
}

const isHeading = (s: string) => s.length < 80 && !/[.!?:;"”’)…]$/.test(s);

/** Where each quote lies in the text (forgiving typography, as the citation rules do). */
function quoteRanges(text: string, quotes: Quote[]) {
  const find = quoteFinder(text);
  return quotes.flatMap((q) => {
    const found = find(q.quote);
    return found ? [{ id: q.id, start: found.start, end: found.end }] : [];
  });
}

/** The source's paragraphs, each with the citations that fall in it, cut into marked and plain pieces. */
export function paragraphCoverage(text: string, quotes: Quote[]): Paragraph[] {
  const ranges = quoteRanges(text, quotes);
  return splitParagraphs(text).map(({ start, end }) => {
    const inside = ranges.filter((r) => r.start < end && r.end > start);
    // Every place a mark starts or ends cuts the paragraph; each piece answers to the quotes covering it.
    const cuts = [
      ...new Set([
        start,
        end,
        ...inside.flatMap((r) => [r.start, r.end]).filter((c) => c > start && c < end),
      ]),
    ].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let i = 0; i < cuts.length - 1; i++) {
      const [from, to] = [cuts[i]!, cuts[i + 1]!];
      const ids = inside.filter((r) => r.start <= from && r.end >= to).map((r) => r.id);
      const last = pieces.at(-1);
      // Neighbours covered by the same quotes stay one piece.
      if (last && last.ids.join() === ids.join()) {
        last.end = to;
        last.text = text.slice(last.start, to);
      } else pieces.push({ start: from, end: to, text: text.slice(from, to), ids });
    }
    return {
      start,
      end,
      heading: isHeading(text.slice(start, end)),
      ids: [...new Set(inside.map((r) => r.id))],
      pieces,
    };
  });
}

/** How many paragraphs with something to cite (headings left out) are cited. */
export function coverageSummary(paragraphs: Paragraph[]): { cited: number; total: number } {
  const body = paragraphs.filter((p) => !p.heading);
  return { cited: body.filter((p) => p.ids.length > 0).length, total: body.length };
}
