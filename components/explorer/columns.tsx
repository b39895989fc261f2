import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { EditLink } from "@/components/auth/editor-only";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { Badge } from "@/components/ui/badge";
import { formatQuantity, UNDISCLOSED } from "@/components/facts/format";
import type { ExplorerRow } from "@/components/explorer/rows";
import { CONDITION_STATUSES, DISCLOSURES, DOMAINS, PLEDGE_STATUSES } from "@/lib/labels";
import type { PledgeColumn } from "@/lib/pledges/explorer-params";
import type { PledgeSort } from "@/lib/pledges/explorer-queries";

export const COLUMN_LABELS: Record<PledgeColumn, string> = {
  country: "Country",
  domain: "Domain",
  description: "Pledge",
  status: "Status",
  disclosure: "Disclosure",
  conditions: "Waits on",
  announced: "Announced",
  quantity: "Quantity",
};

/** Which sort each sortable column uses. */
export const COLUMN_SORTS: Partial<Record<PledgeColumn, PledgeSort>> = {
  country: "country",
  domain: "domain",
  status: "status",
  disclosure: "disclosure",
  announced: "announced",
};

export const STATUS_DOT = {
  MET: "bg-emerald-600",
  IN_PROGRESS: "bg-amber-500",
  NOT_MET: "bg-rose-600",
  BREACHED: "bg-rose-600",
} as const;

export const pledgeColumns: ColumnDef<ExplorerRow>[] = [
  {
    id: "country",
    cell: ({ row: { original: p } }) =>
      p.country ? (
        <Link href={`/countries/${p.country.code}`} className="font-medium">
          {p.country.name}
        </Link>
      ) : (
        <span className="text-slate-500 italic" title={p.pledgerNote ?? undefined}>
          not named
        </span>
      ),
  },
  {
    id: "domain",
    // Plain words, not a badge: long domain names wrap and keep the table narrow.
    cell: ({ row: { original: p } }) => (
      <span className="block min-w-20 text-xs text-slate-700" title={DOMAINS[p.domain].description}>
        {DOMAINS[p.domain].label}
      </span>
    ),
  },
  {
    id: "description",
    cell: ({ row: { original: p } }) => (
      <div className="min-w-48">
        <Link href={`/pledges/${p.id}`} className="text-slate-900">
          {p.description}
        </Link>
        {!p.published && (
          <>
            {" "}
            <Badge tone="amber" title="Visible to signed-in users only">
              Draft
            </Badge>
          </>
        )}
        {p.pledgerNote && (
          <div className="mt-0.5 text-xs text-slate-500">Pledged by: {p.pledgerNote}</div>
        )}
        <EditLink
          href={`/edit/pledges/${p.id}`}
          className="mt-0.5 inline-flex min-h-6 min-w-6 items-center text-xs"
        >
          Edit<span className="sr-only"> pledge: {p.description}</span>
        </EditLink>
      </div>
    ),
  },
  {
    id: "status",
    cell: ({ row }) => <MeaningBadge table={PLEDGE_STATUSES} value={row.original.status} />,
  },
  {
    id: "disclosure",
    cell: ({ row }) => <MeaningBadge table={DISCLOSURES} value={row.original.disclosure} />,
  },
  {
    id: "conditions",
    cell: ({ row: { original: p } }) =>
      p.conditions.length ? (
        <ul className="min-w-36 space-y-0.5 text-xs">
          {p.conditions.map((c) => (
            // A phone's 24 px touch targets (WCAG 2.2): stacked links need the room.
            <li key={c.slug} className="flex items-baseline gap-1.5 max-sm:py-1">
              <span
                aria-hidden
                title={CONDITION_STATUSES[c.status].label}
                className={`inline-block h-2 w-2 shrink-0 rounded-full ${STATUS_DOT[c.status]}`}
              />
              <Link href={`/conditions/${c.slug}`}>{c.name}</Link>
              <span className="sr-only">({CONDITION_STATUSES[c.status].label.toLowerCase()})</span>
            </li>
          ))}
        </ul>
      ) : (
        <span className="text-xs text-slate-500">nothing</span>
      ),
  },
  {
    id: "announced",
    cell: ({ row: { original: p } }) =>
      p.announcedOn ? (
        <span className="whitespace-nowrap tabular-nums">{p.announcedOn}</span>
      ) : (
        <span className="text-xs text-slate-500 italic">not stated</span>
      ),
  },
  {
    id: "quantity",
    cell: ({ row: { original: p } }) => (
      <span className={p.quantity === null ? "text-slate-500 italic" : "tabular-nums"}>
        {p.quantity === null ? UNDISCLOSED : formatQuantity(p.quantity, p.unit)}
      </span>
    ),
  },
];
