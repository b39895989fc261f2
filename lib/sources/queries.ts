import "server-only";
import { isLookupKey } from "@/lib/security/safe-text";
import { cache } from "react";
import { db } from "@/lib/db";
import { publishedWhere, type ViewerOption, type Visibility } from "@/lib/visibility";

export async function listSources({ viewer: visibility = "public" }: ViewerOption = {}) {
  return db.source.findMany({
    where: publishedWhere(visibility),
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedOn: true,
      url: true,
      _count: { select: { citations: true } },
    },
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
  });
}

/** What a citation is attached to, as a label and a link. */
export type CitedFact = { kind: string; label: string; href: string };

// Cached per request on plain values, so a page and its metadata read the source once.
const readSource = cache(async function readSource(id: string, visibility: Visibility) {
  if (!isLookupKey(id)) return null;
  const source = await db.source.findFirst({
    where: { id, ...publishedWhere(visibility) },
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedOn: true,
      url: true,
      fileName: true,
      sha256: true,
      text: true,
      citations: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          quote: true,
          field: true,
          coalition: { select: { name: true } },
          figure: { select: { label: true, value: true, qualifier: true } },
          membership: {
            select: { published: true, country: { select: { code: true, name: true } } },
          },
          pledge: {
            select: {
              id: true,
              published: true,
              description: true,
              country: { select: { code: true, name: true } },
            },
          },
          condition: { select: { slug: true, name: true, published: true } },
          event: { select: { id: true, title: true, published: true } },
          requirement: { select: { description: true, published: true } },
          provision: { select: { id: true, name: true, frameworkSlug: true, published: true } },
        },
      },
    },
  });
  if (!source) return null;
  // Citations of facts still in draft stay hidden from the public.
  const shown = source.citations.filter(
    (c) =>
      visibility === "internal" ||
      ![c.membership, c.pledge, c.condition, c.event, c.requirement, c.provision].some(
        (f) => f && !f.published,
      ),
  );
  const citations = shown.map((c) => ({
    id: c.id,
    quote: c.quote,
    field: c.field,
    fact: describeFact(c),
  }));
  return { ...source, citations };
});

function describeFact(c: {
  coalition: { name: string } | null;
  figure: { label: string; value: { toString(): string }; qualifier: string | null } | null;
  membership: { country: { code: string; name: string } } | null;
  pledge: {
    id: string;
    description: string;
    country: { code: string; name: string } | null;
  } | null;
  condition: { slug: string; name: string } | null;
  event: { id: string; title: string } | null;
  requirement: { description: string } | null;
  provision: { id: string; name: string; frameworkSlug: string } | null;
}): CitedFact {
  if (c.figure) {
    const value = Number(c.figure.value.toString()).toLocaleString("en");
    return {
      kind: "Headline figure",
      label: `${c.figure.qualifier ? `${c.figure.qualifier} ` : ""}${value} ${c.figure.label}`,
      href: "/",
    };
  }
  if (c.membership) {
    const { code, name } = c.membership.country;
    return { kind: "Posture", label: `${name}'s posture`, href: `/countries/${code}` };
  }
  if (c.pledge) {
    const who = c.pledge.country?.name ?? "Undisclosed countries";
    // A country's pledge on its country page; one naming no country on its own page.
    const href = c.pledge.country
      ? `/countries/${c.pledge.country.code}#pledge-${c.pledge.id}`
      : `/pledges/${c.pledge.id}`;
    return { kind: "Pledge", label: `${who}: ${c.pledge.description}`, href };
  }
  if (c.condition)
    return { kind: "Condition", label: c.condition.name, href: `/conditions/${c.condition.slug}` };
  if (c.event) return { kind: "Event", label: c.event.title, href: `/events#event-${c.event.id}` };
  if (c.requirement)
    return { kind: "Requirement", label: c.requirement.description, href: "/#requirements" };
  if (c.provision)
    return {
      kind: "Provision",
      label: c.provision.name,
      href: `/frameworks/${c.provision.frameworkSlug}#provision-${c.provision.id}`,
    };
  if (c.coalition) return { kind: "Coalition", label: c.coalition.name, href: "/" };
  return { kind: "Unattached", label: "Not attached to a fact", href: "#" };
}

/** One source with its text and the facts that cite it, or null (unknown, or a draft the viewer may not see). */
export function getSource(id: string, { viewer = "public" }: ViewerOption = {}) {
  return readSource(id, viewer);
}
