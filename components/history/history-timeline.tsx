import type { HistoryEntry } from "@/lib/changes/queries";
import { ChangeDates } from "./change-dates";

const ACTION_LABELS: Record<string, string> = {
  CREATE: "Created",
  UPDATE: "Changed",
  DELETE: "Deleted",
  PUBLISH: "Published",
};

function show(value: unknown) {
  if (value === null || value === undefined || value === "")
    return <span className="text-slate-500">—</span>;
  if (Array.isArray(value))
    return value.length ? value.join(", ") : <span className="text-slate-500">none</span>;
  return String(value);
}

/** A record's history as a readable timeline with field-level diffs. */
export function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  return (
    <ol className="space-y-4">
      {[...entries].reverse().map((e) => (
        <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-baseline gap-x-3 text-sm">
            <span className="font-semibold text-slate-900">
              {ACTION_LABELS[e.action] ?? e.action}
            </span>
            <span className="text-slate-600">by {e.actor}</span>
            <span className="text-slate-500">
              <ChangeDates
                happenedOn={e.happenedOn}
                recordedAt={e.at}
                reportedOn={e.reportedOn}
                exact
              />
            </span>
          </div>
          {e.reason && <p className="mt-1 text-sm text-slate-700">Reason: {e.reason}</p>}
          {e.citation && (
            <p className="mt-1 text-sm text-slate-700">
              Cited: <q className="italic">{e.citation.quote}</q> —{" "}
              <a href={`/sources/${e.citation.sourceId}`}>
                {e.citation.sourceTitle ?? e.citation.sourceId}
              </a>
            </p>
          )}
          {e.changes.length > 0 && e.action !== "CREATE" && (
            <table className="mt-3 w-full text-left text-sm">
              <thead className="text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Field
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Before
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    After
                  </th>
                </tr>
              </thead>
              <tbody>
                {e.changes.map((c) => (
                  <tr key={c.field} className="border-t border-slate-100 align-top">
                    <td className="py-1 pr-3 font-medium text-slate-700">{c.field}</td>
                    <td className="py-1 pr-3 text-rose-800 line-through decoration-rose-300">
                      {show(c.from)}
                    </td>
                    <td className="py-1 text-emerald-800">{show(c.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ol>
  );
}
