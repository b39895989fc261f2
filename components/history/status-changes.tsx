import Link from "next/link";
import { Empty } from "@/components/ui/empty";
import { ChangeDates } from "./change-dates";
import { PLEDGE_STATUSES, POSTURES } from "@/lib/labels";

type Change = {
  id: string;
  at: Date;
  entityType: string;
  entityId: string;
  label: string;
  from: string | null;
  to: string | null;
  actor: string | null;
  happenedOn: Date | null;
  happenedKind: "happened" | "announced";
  reportedOn: Date | null;
};

function label(entityType: string, value: string | null) {
  if (!value || value === "null") return "—";
  const table = entityType === "Membership" ? POSTURES : PLEDGE_STATUSES;
  return (table as Record<string, { label: string }>)[value]?.label ?? value;
}

/** A country's posture and pledge-status changes over time, newest first. */
export function StatusChanges({ changes }: { changes: Change[] }) {
  if (!changes.length) return <Empty>No change recorded yet.</Empty>;
  return (
    <ol className="space-y-3 text-sm">
      {changes.map((c) => (
        <li key={c.id}>
          <div className="text-xs text-slate-500">
            <ChangeDates
              happenedOn={c.happenedOn}
              happenedKind={c.happenedKind}
              recordedAt={c.at}
              reportedOn={c.reportedOn}
            />
            {c.actor && ` · ${c.actor}`}
          </div>
          <Link href={`/history/${c.entityType}/${c.entityId}`} className="text-slate-800">
            {c.entityType === "Membership" ? "Posture" : c.label}
          </Link>
          <div>
            {c.from ? `${label(c.entityType, c.from)} → ` : "Recorded as "}
            <strong>{label(c.entityType, c.to)}</strong>
          </div>
        </li>
      ))}
    </ol>
  );
}
