/**
 * A selection in a source's text, read back as the source's own words: only the runs
 * marked `data-at` count (the numbered links to facts between them do not), and
 * paragraphs are joined by a line break. The server checks the quote against the
 * source again when it is saved.
 */
export function readSelection(root: HTMLElement, range: Range): string {
  let out = "";
  let paragraph: Element | null = null;
  for (const run of root.querySelectorAll<HTMLElement>("[data-at]")) {
    const node = run.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node)) continue;
    const text = node.textContent ?? "";
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : text.length;
    if (to <= from) continue;
    const here = run.closest("[data-paragraph]");
    if (paragraph && here !== paragraph && out) out += "\n";
    paragraph = here;
    out += text.slice(from, to);
  }
  return out.trim();
}
