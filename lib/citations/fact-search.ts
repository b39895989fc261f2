import "server-only";
import { db } from "@/lib/db";

/** A fact an editor can cite a passage for: what it is, and the edit form that takes the quote. */
export type FactHit = {
  kind: "Pledge" | "Posture" | "Condition" | "Event";
  label: string;
  editHref: string;
  draft: boolean;
};

const contains = (word: string) => ({ contains: word, mode: "insensitive" as const });

/**
 * Facts matching every word of `query` (drafts included: editors cite those too), by
 * country, pledge, condition or event words: "france air", "backstop", "paris summit".
 */
export async function searchFacts(query: string, take = 6): Promise<FactHit[]> {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 6);
  if (!words.length) return [];
  const country = (w: string) => ({ OR: [{ name: contains(w) }, { code: w.toUpperCase() }] });
  const [pledges, postures, conditions, events] = await Promise.all([
    db.pledge.findMany({
      where: {
        AND: words.map((w) => ({
          OR: [{ description: contains(w) }, { pledgerNote: contains(w) }, { country: country(w) }],
        })),
      },
      select: { id: true, description: true, published: true, country: { select: { name: true } } },
      orderBy: { id: "asc" },
      take,
    }),
    db.membership.findMany({
      where: {
        AND: words.map((w) => ({ OR: [{ country: country(w) }, { summary: contains(w) }] })),
      },
      select: { published: true, country: { select: { code: true, name: true } } },
      orderBy: { countryCode: "asc" },
      take,
    }),
    db.condition.findMany({
      where: {
        AND: words.map((w) => ({ OR: [{ name: contains(w) }, { description: contains(w) }] })),
      },
      select: { slug: true, name: true, published: true },
      orderBy: { sortOrder: "asc" },
      take,
    }),
    db.event.findMany({
      where: {
        AND: words.map((w) => ({
          OR: [{ title: contains(w) }, { summary: contains(w) }, { location: contains(w) }],
        })),
      },
      select: { id: true, title: true, published: true },
      orderBy: { id: "asc" },
      take,
    }),
  ]);
  return [
    ...postures.map((m) => ({
      kind: "Posture" as const,
      label: `${m.country.name}'s posture`,
      editHref: `/edit/countries/${m.country.code}`,
      draft: !m.published,
    })),
    ...pledges.map((p) => ({
      kind: "Pledge" as const,
      label: `${p.country?.name ?? "Undisclosed"}: ${p.description}`,
      editHref: `/edit/pledges/${p.id}`,
      draft: !p.published,
    })),
    ...conditions.map((c) => ({
      kind: "Condition" as const,
      label: c.name,
      editHref: `/edit/conditions/${c.slug}`,
      draft: !c.published,
    })),
    ...events.map((e) => ({
      kind: "Event" as const,
      label: e.title,
      editHref: `/edit/events/${e.id}`,
      draft: !e.published,
    })),
  ];
}
