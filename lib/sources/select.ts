/** The shape every cited fact loads its citations in. */
export const citationSelect = {
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
