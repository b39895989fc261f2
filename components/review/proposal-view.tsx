import type { FieldChange } from "@/lib/changes/diff";

const show = (value: unknown) =>
  value === null || value === undefined || value === "" ? "—" : String(value);

/** What a held change would do, field by field, as the history shows it. */
export function ProposalDiff({ changes }: { changes: FieldChange[] }) {
  if (!changes.length)
    return <p className="text-sm text-slate-600">No field changes (the record stays as it is).</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Proposed changes</caption>
      <thead className="text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">
            Field
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            Now
          </th>
          <th scope="col" className="py-1 font-medium">
            Proposed
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} className="border-t border-slate-100 align-top">
            <th scope="row" className="py-1 pr-3 font-medium text-slate-700">
              {c.field}
            </th>
            <td className="py-1 pr-3 text-rose-800">{show(c.from)}</td>
            <td className="py-1 text-emerald-800">{show(c.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function QuoteLine({
  quote,
  source,
}: {
  quote: string;
  source: { id: string; title: string } | null;
}) {
  return (
    <li className="text-sm text-slate-700">
      <q className="italic">{quote}</q> —{" "}
      {source ? (
        <a href={`/sources/${source.id}`}>{source.title}</a>
      ) : (
        "a source that no longer exists"
      )}
    </li>
  );
}
