import type { ExplorerIssue } from "@/lib/pledges/explorer-issues";

/** The URL's values the explorer does not know, each with its parameter and what it accepts. */
export function ParamIssues({ issues }: { issues: ExplorerIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p className="font-medium">Part of this address was not understood:</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {issues.map((i) => (
          <li key={i.param}>{i.message}</li>
        ))}
      </ul>
    </div>
  );
}
