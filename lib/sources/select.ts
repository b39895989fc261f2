/**
 * The shape every cited fact loads its citations in, on the site, in the API and in
 * exports: quotes from published sources only (a draft source has no public page to
 * link to), for every viewer.
 */
export const citationSelect = {
  where: { source: { published: true } },
  select: {
    id: true,
    quote: true,
    field: true,
    source: { select: { id: true, title: true } },
  },
  orderBy: { id: "asc" },
} as const;

export type CitationView = {
  id: string;
  quote: string;
  field: string | null;
  source: { id: string; title: string };
};
