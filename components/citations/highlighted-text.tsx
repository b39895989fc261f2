/**
 * A source's full text with every cited quote marked, each mark reachable at
 * #citation-<id> so a citation link lands on its words.
 */
import { quoteFinder } from "@/lib/changes/quote-match";

type Quote = { id: string; quote: string };

type Segment = { text: string; ids: string[] };

export function segmentText(text: string, quotes: Quote[]): Segment[] {
  // Stored quotes are the source's own characters; older ones may differ in typography only.
  const find = quoteFinder(text);
  const ranges = quotes
    .flatMap((q) => {
      const found = find(q.quote);
      return found ? [{ id: q.id, start: found.start, length: found.end - found.start }] : [];
    })
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (let i = 0; i < ranges.length; ) {
    const start = Math.max(ranges[i]!.start, cursor);
    let end = ranges[i]!.start + ranges[i]!.length;
    const ids = [ranges[i]!.id];
    // Overlapping quotes merge into one mark that answers to each of their ids.
    for (i++; i < ranges.length && ranges[i]!.start < end; i++) {
      ids.push(ranges[i]!.id);
      end = Math.max(end, ranges[i]!.start + ranges[i]!.length);
    }
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), ids: [] });
    segments.push({ text: text.slice(start, end), ids });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), ids: [] });
  return segments;
}

export function HighlightedText({ text, quotes }: { text: string; quotes: Quote[] }) {
  return (
    <div className="whitespace-pre-line leading-relaxed text-slate-800">
      {segmentText(text, quotes).map((s, i) =>
        s.ids.length ? (
          <mark key={i} id={`citation-${s.ids[0]}`} className="scroll-mt-24 rounded bg-amber-100 px-0.5 target:bg-amber-300">
            {s.ids.slice(1).map((id) => (
              <span key={id} id={`citation-${id}`} className="scroll-mt-24" />
            ))}
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
}
