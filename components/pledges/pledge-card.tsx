import Link from "next/link";
import { Citations } from "@/components/citations/citations";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { formatDate, formatMoney, formatQuantity } from "@/components/facts/format";
import { Badge } from "@/components/ui/badge";
import { CONDITION_STATUSES, DISCLOSURES, DOMAINS, PLEDGE_STATUSES } from "@/lib/labels";
import type { PledgeView } from "@/lib/pledges/fields";

const STATUS_TEXT = {
  MET: "text-emerald-700",
  IN_PROGRESS: "text-amber-700",
  NOT_MET: "text-rose-700",
  BREACHED: "text-rose-700",
} as const;

export function PledgeCard({
  pledge,
  showCountry = false,
  showDomain = true,
  canEdit = false,
}: {
  pledge: PledgeView;
  showCountry?: boolean;
  showDomain?: boolean;
  canEdit?: boolean;
}) {
  const waiting = pledge.conditions.map((c) => c.condition);
  const blocked = waiting.filter((c) => c.status !== "MET");
  const money = formatMoney(pledge.amount, pledge.currency);
  return (
    <article
      id={`pledge-${pledge.id}`}
      className="fact-card"
      aria-labelledby={`pledge-${pledge.id}-d`}
    >
      <div className="fact-head">
        {showCountry &&
          (pledge.country ? (
            <Link
              href={`/countries/${pledge.country.code}`}
              className="font-semibold text-slate-900"
            >
              {pledge.country.name}
            </Link>
          ) : (
            <span
              className="font-semibold text-slate-700"
              title="The source does not name the pledging country"
            >
              Undisclosed
            </span>
          ))}
        {showDomain && <MeaningBadge table={DOMAINS} value={pledge.domain} />}
        <MeaningBadge table={PLEDGE_STATUSES} value={pledge.status} />
        <MeaningBadge table={DISCLOSURES} value={pledge.disclosure} />
        {!pledge.published && (
          <Badge tone="amber" title="Visible to signed-in users only">
            Draft
          </Badge>
        )}
        <span className="ml-auto flex gap-3 text-xs">
          <Link href={`/history/Pledge/${pledge.id}`}>History</Link>
          {canEdit && <Link href={`/edit/pledges/${pledge.id}`}>Edit</Link>}
        </span>
      </div>
      <p id={`pledge-${pledge.id}-d`} className="mt-2 text-slate-800">
        {pledge.description}
      </p>
      {pledge.pledgerNote && (
        <p className="mt-1 text-sm text-slate-500">Pledged by: {pledge.pledgerNote}</p>
      )}
      <dl className="fact-grid">
        <div>
          <dt>Quantity</dt>
          <dd className={pledge.quantity === null ? "unstated" : undefined}>
            {formatQuantity(pledge.quantity, pledge.unit)}
          </dd>
        </div>
        {money && (
          <div>
            <dt>Amount</dt>
            <dd>{money}</dd>
          </div>
        )}
        <div>
          <dt>Announced</dt>
          <dd className={pledge.announcedOn ? undefined : "unstated"}>
            {formatDate(pledge.announcedOn)}
          </dd>
        </div>
        {pledge.effectiveOn && (
          <div>
            <dt>Effective</dt>
            <dd>{formatDate(pledge.effectiveOn)}</dd>
          </div>
        )}
        <div>
          <dt>Effective until</dt>
          <dd className={pledge.effectiveUntil ? undefined : "unstated"}>
            {pledge.effectiveUntil ? formatDate(pledge.effectiveUntil) : "not stated"}
          </dd>
        </div>
      </dl>
      {waiting.length > 0 && (
        <div className="mt-3 text-sm">
          <span className="font-medium text-slate-700">
            {blocked.length ? "Blocked by: " : "Conditions (all met): "}
          </span>
          <ul className="inline">
            {waiting.map((c, i) => (
              <li key={c.slug} className="inline">
                <Link href={`/conditions/${c.slug}`}>{c.name}</Link>{" "}
                <span className="text-xs">
                  (
                  <span className={STATUS_TEXT[c.status]}>
                    {CONDITION_STATUSES[c.status].label.toLowerCase()}
                  </span>
                  )
                </span>
                {i < waiting.length - 1 && ", "}
              </li>
            ))}
          </ul>
        </div>
      )}
      {pledge.disputeNote && (
        <p className="mt-2 rounded-md bg-rose-50 p-2 text-sm text-rose-900">
          <strong>Disputed:</strong> {pledge.disputeNote}
        </p>
      )}
      {pledge.internalNote && (
        <p className="mt-2 rounded-md bg-slate-100 p-2 text-sm text-slate-700">
          <strong>Internal note:</strong> {pledge.internalNote}
        </p>
      )}
      <Citations items={pledge.citations} />
    </article>
  );
}
