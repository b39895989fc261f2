import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { keysOf, PROVISION_STATUSES } from "@/lib/labels";
import type { FrameworkDetail } from "@/lib/provisions/queries";

const th = "px-3 py-2 text-xs font-semibold text-slate-600";

/** Provisions by status, as the Peace Accords Matrix lays them out: one mark per provision. */
export function ProvisionMatrix({ provisions }: { provisions: FrameworkDetail["provisions"] }) {
  const statuses = keysOf(PROVISION_STATUSES);
  return (
    <>
      {/* On a phone the five status columns do not fit: each provision with its status. */}
      <ul className="divide-y divide-slate-100 text-sm sm:hidden">
        {provisions.map((p) => (
          <li key={p.id} className="flex items-center justify-between gap-3 py-2">
            <Link href={`#provision-${p.id}`}>{p.name}</Link>
            <Badge tone={PROVISION_STATUSES[p.status].tone}>
              {PROVISION_STATUSES[p.status].label}
            </Badge>
          </li>
        ))}
      </ul>
      <div
        role="region"
        aria-label="Provisions by implementation status"
        tabIndex={0}
        className="overflow-x-auto max-sm:hidden"
      >
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">Each provision and how far it has got</caption>
          <thead className="border-y border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className={`${th} text-left`}>
                Provision
              </th>
              {statuses.map((s) => (
                <th
                  key={s}
                  scope="col"
                  className={`${th} text-center`}
                  title={PROVISION_STATUSES[s].description}
                >
                  {PROVISION_STATUSES[s].label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {provisions.map((p) => (
              <tr key={p.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                  <Link href={`#provision-${p.id}`}>{p.name}</Link>
                </th>
                {statuses.map((s) => (
                  <td key={s} className="px-3 py-2 text-center">
                    {p.status === s ? (
                      <Badge tone={PROVISION_STATUSES[s].tone}>
                        <span aria-hidden>●</span>
                        <span className="sr-only">{PROVISION_STATUSES[s].label}</span>
                      </Badge>
                    ) : (
                      <span aria-hidden className="text-slate-300">
                        ·
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
