import Link from "next/link";
import { Citations } from "@/components/citations/citations";
import { formatDate } from "@/components/facts/format";
import { Badge } from "@/components/ui/badge";
import { CONDITION_STATUSES, PROVISION_STATUSES } from "@/lib/labels";
import type { FrameworkDetail } from "@/lib/provisions/queries";

type Provision = FrameworkDetail["provisions"][number];

/** One provision: its status and how it got there, the conditions it bears on, its quotes. */
export function ProvisionCard({ p, canEdit }: { p: Provision; canEdit: boolean }) {
  const status = PROVISION_STATUSES[p.status];
  return (
    <article
      id={`provision-${p.id}`}
      className="scroll-mt-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-base font-semibold text-slate-900">{p.name}</h3>
        <div className="flex items-center gap-3 text-sm">
          {!p.published && <Badge tone="amber">Draft</Badge>}
          <Badge tone={status.tone} title={status.description}>
            {status.label}
          </Badge>
          {canEdit && <Link href={`/edit/provisions/${p.id}`}>Edit</Link>}
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-700">{p.description}</p>
      {p.conditions.length > 0 && (
        <p className="mt-3 text-sm text-slate-700">
          Bears on:{" "}
          {p.conditions.map(({ condition: c }, i) => (
            <span key={c.slug}>
              {i > 0 && ", "}
              <Link href={`/conditions/${c.slug}`}>{c.name}</Link>{" "}
              <Badge tone={CONDITION_STATUSES[c.status].tone}>
                {CONDITION_STATUSES[c.status].label}
              </Badge>
            </span>
          ))}
        </p>
      )}
      {p.pledges.length > 0 && (
        <p className="mt-2 text-sm text-slate-700">
          Pledges:{" "}
          {p.pledges.map(({ pledge }, i) => (
            <span key={pledge.id}>
              {i > 0 && "; "}
              <Link href={`/pledges/${pledge.id}`}>
                {pledge.country?.name ?? "Country not named"}: {pledge.description}
              </Link>
            </span>
          ))}
        </p>
      )}
      <div className="mt-3">
        <Citations items={p.citations} open />
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-slate-700">
          Status over time ({p.history.length} {p.history.length === 1 ? "step" : "steps"})
        </summary>
        <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-4">
          {p.history.map((step, i) => (
            <li key={i}>
              <Badge tone={PROVISION_STATUSES[step.status].tone}>
                {PROVISION_STATUSES[step.status].label}
              </Badge>{" "}
              <span className="text-xs text-slate-600">
                {step.happenedOn ? formatDate(step.happenedOn) : "date not stated"} · recorded{" "}
                {formatDate(step.at)}
              </span>
              {step.quote && (
                <q className="mt-1 block text-xs text-slate-700 italic">{step.quote}</q>
              )}
            </li>
          ))}
        </ol>
        <Link href={`/history/Provision/${p.id}`} className="mt-2 inline-block text-xs">
          Full history of this provision
        </Link>
      </details>
    </article>
  );
}
