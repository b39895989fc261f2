import "server-only";
/** Events as they stood at a past moment, rebuilt from history into the live read's shape. */
import { read } from "@/lib/fields";
import type { EventKind } from "@/lib/generated/prisma/enums";
import {
  citationsOf,
  countryRef,
  listOf,
  visible,
  type Dataset,
  type Snapshot,
} from "@/lib/history/as-of";
import type { Visibility } from "@/lib/visibility";
import type { EventView } from "./queries";

function eventView(ds: Dataset, s: Snapshot, visibility: Visibility): EventView {
  return {
    id: String(s.id),
    kind: s.kind as EventKind,
    title: String(s.title),
    summary: String(s.summary),
    occurredOn: read.day(s.occurredOn),
    sequence: read.number(s.sequence),
    location: read.optionalText(s.location),
    disputeNote: read.optionalText(s.disputeNote),
    published: read.published(s.published),
    version: read.version(s.version),
    internalNote: visibility === "internal" ? read.optionalText(s.internalNote) : null,
    countries: listOf(s.countryCodes).flatMap((code) => {
      const c = countryRef(ds, code);
      return c ? [{ country: c }] : [];
    }),
    conditions: listOf(s.conditionSlugs)
      .map((slug) => ds.Condition.get(slug))
      .filter((c): c is Snapshot => visible(c, visibility))
      .map((c) => ({
        condition: { slug: String(c.slug), name: String(c.name), published: c.published !== false },
      })),
    citations: citationsOf(ds, "eventId", String(s.id)),
  };
}

/** The timeline's order: dated events newest first, undated after in the sources' order. */
function byEventOrder(a: EventView, b: EventView) {
  const at = a.occurredOn?.getTime() ?? -Infinity;
  const bt = b.occurredOn?.getTime() ?? -Infinity;
  return at !== bt ? bt - at : a.sequence - b.sequence;
}

/** The events the viewer may see as they stood, in the timeline's order (the first `limit`). */
export function eventsAt(ds: Dataset, visibility: Visibility, limit?: number): EventView[] {
  return [...ds.Event.values()]
    .filter((e) => visible(e, visibility))
    .map((e) => eventView(ds, e, visibility))
    .sort(byEventOrder)
    .slice(0, limit);
}
