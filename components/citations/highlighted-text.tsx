/**
 * A source's full text with every cited quote marked, each mark reachable at
 * #citation-<id> so a citation link lands on its words.
 */
import { Fragment } from "react";
import { paragraphCoverage } from "@/lib/citations/coverage";
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
  for (let i = 0; i < ranges.length;) {
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

type Cited = Quote & { fact: { kind: string; label: string; href: string } };

/**
 * The source's text in paragraphs: cited passages marked (each followed by numbered links
 * to the facts citing it, kept out of any selection), paragraphs no fact cites flagged.
 * Every run of text carries `data-at`, its offset in the source, so a selection can be
 * read back as the source's own characters (components/citations/cite-selection.tsx).
 */
export function HighlightedText({ text, quotes }: { text: string; quotes: Cited[] }) {
  const number = new Map(quotes.map((q, i) => [q.id, i + 1]));
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const anchored = new Set<string>();
  return (
    <div data-source-text className="space-y-3 leading-relaxed text-slate-800">
      {paragraphCoverage(text, quotes).map((p) => {
        const uncited = !p.heading && p.ids.length === 0;
        return (
          <p
            key={p.start}
            data-paragraph
            data-cited={p.heading ? undefined : String(!uncited)}
            className={`whitespace-pre-line border-l-2 pl-3 ${p.heading ? "border-transparent font-semibold" : uncited ? "border-dashed border-slate-300" : "border-amber-400"}`}
          >
            {uncited && <span className="sr-only">(Not cited) </span>}
            {p.pieces.map((piece) => {
              if (!piece.ids.length) {
                return (
                  <span key={piece.start} data-at={piece.start}>
                    {piece.text}
                  </span>
                );
              }
              // Each citation's anchor (#citation-<id>) sits where its quote starts.
              const fresh = piece.ids.filter((id) => !anchored.has(id));
              fresh.forEach((id) => anchored.add(id));
              const ending = piece.ids.filter(
                (id) => (p.pieces.find((x) => x.start === piece.end)?.ids ?? []).indexOf(id) < 0,
              );
              return (
                <Fragment key={piece.start}>
                  <mark
                    id={fresh[0] ? `citation-${fresh[0]}` : undefined}
                    className="scroll-mt-24 rounded bg-amber-100 px-0.5 target:bg-amber-300"
                  >
                    {fresh.slice(1).map((id) => (
                      <span key={id} id={`citation-${id}`} className="scroll-mt-24" />
                    ))}
                    <span data-at={piece.start}>{piece.text}</span>
                  </mark>
                  {ending.map((id) => {
                    const q = byId.get(id)!;
                    return (
                      <a
                        key={id}
                        href={q.fact.href}
                        aria-label={`Quote ${number.get(id)}: cited for a ${q.fact.kind.toLowerCase()}`}
                        title={`${q.fact.kind}: ${q.fact.label}`}
                        className="ml-0.5 align-super text-[0.7rem] font-medium no-underline select-none"
                      >
                        {number.get(id)}
                      </a>
                    );
                  })}
                </Fragment>
              );
            })}
          </p>
        );
      })}
    </div>
  );
}
