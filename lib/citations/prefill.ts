import { isSafeText } from "@/lib/security/safe-text";

type Param = string | string[] | undefined;

/**
 * The citation a form starts with when the source page's "Cite for…" opened it
 * (`?sourceId=…&quote=…`): only a known source and a quote a form could hold; anything
 * else is ignored and the editor picks the citation as usual.
 */
export function citeDefaults(
  params: { sourceId?: Param; quote?: Param },
  sources: { id: string }[],
): { sourceId?: string; quote?: string } {
  const { sourceId, quote } = params;
  if (typeof sourceId !== "string" || typeof quote !== "string") return {};
  const text = quote.trim();
  if (!text || text.length > 2000 || !isSafeText(text) || !sources.some((s) => s.id === sourceId))
    return {};
  return { sourceId, quote: text };
}

export type CiteSearchParams = Promise<{ sourceId?: Param; quote?: Param }>;
