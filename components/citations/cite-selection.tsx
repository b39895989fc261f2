"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { FactHit } from "@/lib/citations/fact-search";
import { readSelection } from "./selection";

type Search = (query: string) => Promise<{ hits: FactHit[] } | { error: string }>;

const MAX_QUOTE = 2000;

/** An edit or new-fact form's address with the source and quote filled in. */
export function citeHref(path: string, sourceId: string, quote: string): string {
  return `${path}?${new URLSearchParams({ sourceId, quote }).toString()}`;
}

/**
 * Cite mode on a source's page (editors only): select a passage of the full text and
 * choose "Cite for…" to start a new pledge, event or condition with it, or to open an
 * existing fact's edit form with it. "Cite a passage…" opens the same panel without a
 * selection, to type or paste the quote (the keyboard path).
 */
export function CiteSelection({
  sourceId,
  sourceTitle,
  search,
}: {
  sourceId: string;
  sourceTitle: string;
  search: Search;
}) {
  const [picked, setPicked] = useState<{ quote: string; top: number; left: number } | null>(null);
  const [panel, setPanel] = useState<{ quote: string } | null>(null);

  useEffect(() => {
    const root = document.querySelector<HTMLElement>("[data-source-text]");
    if (!root) return;
    const onChange = () => {
      const selection = document.getSelection();
      const range =
        selection && !selection.isCollapsed && selection.rangeCount
          ? selection.getRangeAt(0)
          : null;
      const quote =
        range && root.contains(range.commonAncestorContainer) ? readSelection(root, range) : "";
      if (!range || !quote) return setPicked(null);
      const rect = range.getBoundingClientRect();
      setPicked({
        quote,
        top: rect.bottom + window.scrollY + 6,
        left: Math.max(8, rect.left + window.scrollX),
      });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
        <span>Cite mode: select a passage below and choose “Cite for…”.</span>
        <button
          type="button"
          onClick={() => setPanel({ quote: "" })}
          className="ml-auto rounded-md border border-sky-300 bg-white px-2 py-1 text-sky-900 hover:bg-sky-100"
        >
          Cite a passage…
        </button>
      </div>
      {picked &&
        !panel &&
        createPortal(
          <button
            type="button"
            // Keep the selection: the click must not clear it before the panel opens.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setPanel({ quote: picked.quote })}
            style={{ top: picked.top, left: picked.left }}
            className="absolute z-20 rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white shadow-lg hover:bg-slate-700"
          >
            Cite for…
          </button>,
          document.body,
        )}
      {panel && (
        <CitePanel
          initialQuote={panel.quote}
          sourceId={sourceId}
          sourceTitle={sourceTitle}
          search={search}
          onClose={() => setPanel(null)}
        />
      )}
    </>
  );
}

function CitePanel({
  initialQuote,
  sourceId,
  sourceTitle,
  search,
  onClose,
}: {
  initialQuote: string;
  sourceId: string;
  sourceTitle: string;
  search: Search;
  onClose: () => void;
}) {
  const [quote, setQuote] = useState(initialQuote);
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<{ query: string; hits: FactHit[]; error?: string } | null>(
    null,
  );
  const heading = useId();
  const first = useRef<HTMLTextAreaElement>(null);

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);
  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let live = true;
    const timer = setTimeout(() => {
      void search(q).then(
        (r) =>
          live &&
          setResult(
            "error" in r ? { query: q, hits: [], error: r.error } : { query: q, hits: r.hits },
          ),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search]);

  const text = quote.trim();
  const problem = !text
    ? "Select a passage or type the words to cite."
    : text.length > MAX_QUOTE
      ? "Quotes are at most 2,000 characters: select less."
      : null;
  const href = (path: string) => citeHref(path, sourceId, text);
  const shown = query.trim() && result?.query === query.trim() ? result : null;

  return (
    <aside
      role="dialog"
      aria-labelledby={heading}
      className="fixed inset-y-0 right-0 z-30 flex w-full max-w-md flex-col gap-4 overflow-y-auto border-l border-slate-200 bg-white p-5 shadow-2xl"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id={heading} className="text-lg font-semibold text-slate-900">
          Cite for…
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md px-2 py-1 text-sm text-slate-600 ring-1 ring-slate-300 hover:bg-slate-100"
        >
          Close
        </button>
      </div>
      <label className="block text-sm font-medium text-slate-800">
        Quote from {sourceTitle}
        <textarea
          ref={first}
          value={quote}
          onChange={(e) => setQuote(e.target.value)}
          rows={4}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm font-normal italic"
        />
      </label>
      {problem ? (
        <p className="text-sm text-rose-700" role="alert">
          {problem}
        </p>
      ) : (
        <>
          <section aria-label="Start a new fact">
            <h3 className="text-sm font-semibold text-slate-800">
              Start a new fact with this quote
            </h3>
            <div className="mt-2 flex flex-wrap gap-2 text-sm">
              {(
                [
                  ["/edit/pledges/new", "New pledge"],
                  ["/edit/events/new", "New event"],
                  ["/edit/conditions/new", "New condition"],
                ] as const
              ).map(([path, label]) => (
                <Link
                  key={path}
                  href={href(path)}
                  prefetch={false}
                  className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white no-underline hover:bg-slate-700"
                >
                  {label}
                </Link>
              ))}
            </div>
          </section>
          <section aria-label="Add to an existing fact">
            <h3 className="text-sm font-semibold text-slate-800">Or add it to an existing fact</h3>
            <label className="mt-2 block text-sm text-slate-700">
              Find a fact
              <input
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder="Country, pledge, condition or event words"
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
              />
            </label>
            {shown?.error && (
              <p className="mt-2 text-sm text-rose-700" role="alert">
                {shown.error}
              </p>
            )}
            {shown && !shown.error && (
              <ul className="mt-2 space-y-1 text-sm" aria-label="Matching facts">
                {shown.hits.length === 0 && (
                  <li className="text-slate-500">No fact matches “{shown.query}”.</li>
                )}
                {shown.hits.map((h) => (
                  <li key={h.editHref}>
                    <Link
                      href={href(h.editHref)}
                      prefetch={false}
                      className="flex items-baseline gap-2 rounded px-2 py-1.5 no-underline hover:bg-slate-100"
                    >
                      <span className="w-20 shrink-0 text-xs font-medium uppercase tracking-wide text-slate-500">
                        {h.kind}
                      </span>
                      <span className="text-slate-900">
                        {h.label}
                        {h.draft && <span className="ml-1 text-xs text-amber-700">(draft)</span>}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-xs text-slate-500">
              Its edit form opens with this quote filled in: change the fields the quote backs, or
              save as is to attach it.
            </p>
          </section>
        </>
      )}
    </aside>
  );
}
