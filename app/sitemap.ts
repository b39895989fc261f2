import type { MetadataRoute } from "next";
import { listConditions } from "@/lib/conditions/queries";
import { listCountries } from "@/lib/countries/queries";
import { listEvents } from "@/lib/events/queries";
import { publicOrigin } from "@/lib/site/origin";
import { listSources } from "@/lib/sources/queries";

// Read at request time: the origin and the data are only known then.
export const dynamic = "force-dynamic";

const PAGES = [
  "/",
  "/countries",
  "/pledges",
  "/compare",
  "/map",
  "/capability",
  "/conditions",
  "/events",
  "/sources",
  "/methodology",
  "/api-docs",
];

/** The public pages, and each country, condition, source and event page (published data only). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, countries, conditions, sources, events] = await Promise.all([
    publicOrigin(),
    listCountries(),
    listConditions(),
    listSources(),
    listEvents(),
  ]);
  return [
    ...PAGES,
    ...countries.map((c) => `/countries/${c.code}`),
    ...conditions.map((c) => `/conditions/${c.slug}`),
    ...sources.map((s) => `/sources/${s.id}`),
    ...events.map((e) => `/events/${encodeURIComponent(e.id)}`),
  ].map((path) => ({ url: `${origin}${path}` }));
}
