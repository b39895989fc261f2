import type { ConflictInfo } from "@/lib/forms/form-state";

function show(value: unknown) {
  if (value === null || value === undefined || value === "") return "—";
  return Array.isArray(value) ? value.join(", ") || "—" : String(value);
}

/** Shown when a save was based on a stale version: what changed meanwhile, and how to go on. */
export function ConflictNotice({
  conflict,
  message,
}: {
  conflict: ConflictInfo;
  message?: string;
}) {
  return (
    <div
      className="rounded-lg border border-rose-300 bg-rose-50 p-4 text-sm text-rose-900"
      role="alert"
    >
      <p className="font-semibold">{message}</p>
      {conflict.changes.length > 0 && (
        <table className="mt-3 w-full text-left text-xs">
          <thead>
            <tr>
              <th className="py-1 pr-2">Field</th>
              <th className="py-1 pr-2">Your version had</th>
              <th className="py-1">Now</th>
            </tr>
          </thead>
          <tbody>
            {conflict.changes.map((c) => (
              <tr key={c.field} className="border-t border-rose-200 align-top">
                <td className="py-1 pr-2 font-medium">{c.field}</td>
                <td className="py-1 pr-2">{show(c.from)}</td>
                <td className="py-1">{show(c.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-3">
        Your input is kept below. <a href="">Reload the page</a> to start from the current version,
        then apply your change again.
      </p>
    </div>
  );
}
