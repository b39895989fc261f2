import Link from "next/link";
import { Empty } from "@/components/ui/empty";
import { PageHeader } from "@/components/ui/page-header";
import type { AsOf, AsOfParam } from "@/lib/dates/as-of";

/** Marks a page rebuilt from history: a past view, read-only. */
export function AsOfBanner({ asOf, currentHref }: { asOf: AsOf; currentHref: string }) {
  return (
    <div
      role="note"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-violet-300 bg-violet-50 px-4 py-3 text-sm text-violet-900"
    >
      <span>
        <strong>Past view:</strong> as it stood at {asOf.label}, rebuilt from the edit history.
        Read-only.
      </span>
      <Link href={currentHref} className="font-medium">
        Back to today
      </Link>
    </div>
  );
}

/** What a page says about its `asOf` when it does not show a past view: a bad value, or one still to come. */
export function AsOfNotice({ param, currentHref }: { param: AsOfParam; currentHref: string }) {
  if (param.kind === "invalid")
    return (
      <div
        role="alert"
        className="mb-6 rounded-lg border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-900"
      >
        {param.message} <Link href={currentHref}>Show today instead</Link>
      </div>
    );
  if (param.kind === "future")
    return (
      <div
        role="status"
        className="mb-6 rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-900"
      >
        {param.asOf.short} has not come yet, so there is no past to rebuild: this is the current
        data.
      </div>
    );
  return null;
}

/** A plain GET form: works without JavaScript. The time is optional and in UTC. */
export function AsOfPicker({ asOf, action }: { asOf: AsOf | null; action: string }) {
  return (
    <form action={action} method="get" className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="asOf" className="text-slate-600">
        View as of
      </label>
      <input
        id="asOf"
        name="asOf"
        type="date"
        defaultValue={asOf?.day ?? ""}
        min="1900-01-01"
        max={new Date().toISOString().slice(0, 10)}
        className="rounded-md border border-slate-300 px-2 py-1"
      />
      {/* The time, its zone and the button wrap together on a phone. */}
      <span className="flex items-center gap-2">
        <label htmlFor="asOfTime" className="sr-only">
          Time (UTC, optional)
        </label>
        <input
          id="asOfTime"
          name="time"
          type="time"
          defaultValue={asOf?.time?.slice(0, 5) ?? ""}
          title="Time (UTC, optional): empty means the end of the day"
          className="rounded-md border border-slate-300 px-2 py-1"
        />
        <span className="text-xs text-slate-500">UTC</span>
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"
        >
          Go
        </button>
      </span>
    </form>
  );
}

/** For pages that show current data only: an `asOf` is refused plainly, never silently ignored. */
export function NoPastView({
  param,
  what,
  currentHref,
}: {
  param: AsOfParam;
  what: string;
  currentHref: string;
}) {
  if (param.kind === "none") return null;
  if (param.kind === "invalid") return <AsOfNotice param={param} currentHref={currentHref} />;
  return (
    <div
      role="alert"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      {what} cannot be shown as of {param.asOf.short}: only the current data is shown here. Past
      views exist for the <Link href={`/?asOf=${param.asOf.value}`}>dashboard</Link>, each country,
      each condition and each event.
    </div>
  );
}

/**
 * A past view from before a record's first entry: the record is real (it exists today),
 * it just had not been recorded yet, so the page says that rather than "not found".
 */
export function NotYetRecorded(props: {
  asOf: AsOf;
  name: string;
  subject: string;
  href: string;
  list: { href: string; label: string };
}) {
  const { asOf, href } = props;
  return (
    <>
      <AsOfBanner asOf={asOf} currentHref={href} />
      <PageHeader
        eyebrow={<Link href={props.list.href}>{props.list.label}</Link>}
        title={props.name}
      />
      <Empty>
        No record of {props.subject} existed yet on {asOf.short}.{" "}
        <Link href={href}>See it today</Link>
      </Empty>
      <div className="mt-4">
        <AsOfPicker asOf={asOf} action={href} />
      </div>
    </>
  );
}
