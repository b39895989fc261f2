/**
 * Finding a quote in its source. Editors type straight quotes and plain hyphens where
 * articles print curly ones, non-breaking hyphens and en dashes, and paste line breaks
 * where the source has spaces: none of that changes a word, so matching forgives it
 * (and only it). What is stored is the source's own characters, so a stored quote is
 * always found again by a plain `indexOf` (the source page's highlighting does that).
 */

const FOLD: Record<string, string> = {};
for (const c of "‘’‚‛′`´ʼ") FOLD[c] = "'";
for (const c of "“”„‟″«»") FOLD[c] = '"';
for (const c of "‐‑‒–—―−⁃﹘﹣－") FOLD[c] = "-";
// Soft hyphens and zero-width characters are invisible: dropped.
const DROP = new Set(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]);

type Folded = {
  text: string;
  /** For each folded character, where it starts in the original. */ at: number[];
};

/** The text with typography folded and whitespace runs made one space, mapped back to the original. */
function fold(original: string): Folded {
  let text = "";
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (DROP.has(c)) continue;
    if (/\s/.test(c)) {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += " ";
      at.push(i);
      space = false;
    }
    text += FOLD[c] ?? c;
    at.push(i);
  }
  at.push(original.length);
  return { text, at };
}

/** Typography folded and whitespace collapsed: two strings equal here differ in no word. */
export function normaliseQuote(s: string): string {
  return fold(s).text;
}

type Found = { start: number; end: number; passage: string };

/**
 * Where `quote` appears in `text`, forgiving quotes, apostrophes, dashes, hyphens and
 * whitespace: the source's own characters for that passage, or null.
 */
export function findQuote(text: string, quote: string): Found | null {
  return quoteFinder(text)(quote);
}

/** `findQuote` for many quotes of one text: the text is folded once, lazily. */
export function quoteFinder(text: string): (quote: string) => Found | null {
  let hay: Folded | null = null;
  return (quote) => {
    const exact = quote ? text.indexOf(quote) : -1;
    if (exact >= 0) return { start: exact, end: exact + quote.length, passage: quote };
    const needle = normaliseQuote(quote);
    if (!needle) return null;
    hay ??= fold(text);
    const i = hay.text.indexOf(needle);
    if (i < 0) return null;
    const start = hay.at[i]!;
    const end = hay.at[i + needle.length - 1]! + 1;
    return { start, end, passage: text.slice(start, end) };
  };
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The passage of `text` most like `quote`: the run of as many words as the quote has
 * that shares the most words with it (earliest on a tie), widened to the sentence(s)
 * around it, in the source's own characters. Shown when a quote is refused, so the
 * editor can see what differs.
 */
export function closestPassage(text: string, quote: string): string | null {
  const wanted = words(quote);
  if (!wanted.length) return null;
  const spans = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (!spans.length) return null;
  const size = Math.min(wanted.length, spans.length);
  const need = new Map<string, number>();
  for (const w of wanted) need.set(w, (need.get(w) ?? 0) + 1);
  // Sliding window: `have` counts the window's words, `shared` how many of them the quote wants.
  const have = new Map<string, number>();
  let shared = 0;
  const add = (w: string, d: 1 | -1) => {
    const before = have.get(w) ?? 0;
    const after = before + d;
    have.set(w, after);
    const cap = need.get(w) ?? 0;
    shared += Math.min(after, cap) - Math.min(before, cap);
  };
  let best = { score: -1, from: 0 };
  for (let i = 0; i < spans.length; i++) {
    add(spans[i]!.word, 1);
    if (i >= size) add(spans[i - size]!.word, -1);
    const from = i - size + 1;
    if (from >= 0 && shared > best.score) best = { score: shared, from };
  }
  if (best.score <= 0) return null;
  return widenToSentences(text, spans[best.from]!.start, spans[best.from + size - 1]!.end);
}

/** At most this many characters are added on either side to reach a sentence's edge. */
const WIDEN = 200;

function widenToSentences(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - WIDEN), start);
  const edge = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("? "),
    before.lastIndexOf("! "),
    before.lastIndexOf("\n\n"),
  );
  const from =
    edge >= 0 ? start - before.length + edge + 2 : start - before.length === 0 ? 0 : start;
  const after = text.slice(end, end + WIDEN).search(/[.!?](\s|$)/);
  const to = after >= 0 ? end + after + 1 : end;
  return text.slice(from, to).trim();
}
