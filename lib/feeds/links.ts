import type { Metadata } from "next";

/** Where each feed lives (also the pages' rel=alternate and "Follow" links). */
export const feedPaths = {
  all: "/feeds/changes.atom",
  country: (code: string) => `/feeds/countries/${code}.atom`,
  condition: (slug: string) => `/feeds/conditions/${slug}.atom`,
};

/** `<link rel="alternate" type="application/atom+xml">` for a page's metadata. */
export function feedAlternates(url: string, title: string): Metadata["alternates"] {
  return { types: { "application/atom+xml": [{ url, title }] } };
}
