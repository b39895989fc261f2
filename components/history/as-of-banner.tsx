import Link from "next/link";

/** Marks a page rebuilt from history: a past view, read-only. */
export function AsOfBanner({ date, currentHref }: { date: string; currentHref: string }) {
  return (
    <div role="note" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-violet-300 bg-violet-50 px-4 py-3 text-sm text-violet-900">
      <span>
        <strong>Past view:</strong> as it stood at the end of {date} (UTC), rebuilt from the edit history. Read-only.
      </span>
      <Link href={currentHref} className="font-medium">Back to today</Link>
    </div>
  );
}

export function AsOfError({ currentHref }: { currentHref: string }) {
  return (
    <div role="alert" className="mb-6 rounded-lg border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-900">
      <strong>asOf</strong> must be a date like 2026-03-31. <Link href={currentHref}>Show today instead</Link>
    </div>
  );
}

/** A plain GET form: works without JavaScript. */
export function AsOfPicker({ value, action }: { value: string | null; action: string }) {
  return (
    <form action={action} method="get" className="flex items-center gap-2 text-sm">
      <label htmlFor="asOf" className="text-slate-600">View as of</label>
      <input id="asOf" name="asOf" type="date" defaultValue={value ?? ""} max={new Date().toISOString().slice(0, 10)} className="rounded-md border border-slate-300 px-2 py-1" />
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50">Go</button>
    </form>
  );
}
