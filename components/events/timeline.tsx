import Link from "next/link";
import { Citations } from "@/components/citations/citations";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { formatDate } from "@/components/facts/format";
import { Badge } from "@/components/ui/badge";
import { Empty } from "@/components/ui/empty";
import type { EventView } from "@/lib/events/queries";
import { EVENT_KINDS } from "@/lib/labels";

export function Timeline({
  events,
  compact = false,
  canEdit = false,
}: {
  events: EventView[];
  compact?: boolean;
  canEdit?: boolean;
}) {
  if (!events.length) return <Empty>No events recorded.</Empty>;
  return (
    <ol className="relative space-y-5 border-l border-slate-200 pl-5">
      {events.map((e) => (
        <li key={e.id} id={`event-${e.id}`} className="relative">
          <span
            className="absolute top-1.5 -left-[25px] h-2.5 w-2.5 rounded-full border-2 border-white bg-slate-400 ring-1 ring-slate-300"
            aria-hidden
          />
          <EventEntry event={e} compact={compact} canEdit={canEdit} />
        </li>
      ))}
    </ol>
  );
}

/** One event: kind, date, place, what happened, whom it concerns, and its quotes. */
export function EventEntry({
  event: e,
  compact = false,
  canEdit = false,
  page = false,
}: {
  event: EventView;
  compact?: boolean;
  canEdit?: boolean;
  /** On the event's own page: no title (the page has it), quotes open. */
  page?: boolean;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <MeaningBadge table={EVENT_KINDS} value={e.kind} />
        <span className={e.occurredOn ? "" : "italic"}>{formatDate(e.occurredOn)}</span>
        {e.location && <span>· {e.location}</span>}
        {!e.published && (
          <Badge tone="amber" title="Visible to signed-in users only">
            Draft
          </Badge>
        )}
        {!compact && (
          <span className="ml-auto flex gap-3">
            <Link href={`/history/Event/${e.id}`}>History</Link>
            {canEdit && <Link href={`/edit/events/${e.id}`}>Edit</Link>}
          </span>
        )}
      </div>
      {!page && (
        <h3 className="mt-1 font-medium text-slate-900">
          <Link href={`/events/${encodeURIComponent(e.id)}`} className="text-slate-900">
            {e.title}
          </Link>
        </h3>
      )}
      {!compact && (
        <p className={page ? "mt-3 text-slate-800" : "text-sm text-slate-700"}>{e.summary}</p>
      )}
      {e.disputeNote && (
        <p className="mt-1 rounded-md bg-rose-50 p-2 text-sm text-rose-900">
          <strong>Disputed:</strong> {e.disputeNote}
        </p>
      )}
      {!compact && (e.countries.length > 0 || e.conditions.length > 0) && (
        <p className={page ? "mt-3 text-sm text-slate-600" : "mt-1 text-xs text-slate-500"}>
          {e.countries.map((c, i) => (
            <span key={c.country.code}>
              {i > 0 && ", "}
              <Link href={`/countries/${c.country.code}`}>{c.country.name}</Link>
            </span>
          ))}
          {e.countries.length > 0 && e.conditions.length > 0 && " · "}
          {e.conditions.map((c, i) => (
            <span key={c.condition.slug}>
              {i > 0 && ", "}
              <Link href={`/conditions/${c.condition.slug}`}>{c.condition.name}</Link>
            </span>
          ))}
        </p>
      )}
      {e.internalNote && !compact && (
        <p className="mt-1 rounded-md bg-slate-100 p-2 text-sm text-slate-700">
          <strong>Internal note:</strong> {e.internalNote}
        </p>
      )}
      <Citations items={e.citations} open={page} />
    </>
  );
}
