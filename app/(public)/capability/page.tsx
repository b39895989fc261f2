import type { Metadata } from "next";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/server";
import Link from "next/link";
import { Citations } from "@/components/citations/citations";
import { plural, UNDISCLOSED } from "@/components/facts/format";
import { Badge } from "@/components/ui/badge";
import { GAPS } from "@/components/capability/gaps";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCapability, type DomainCapability } from "@/lib/capability/queries";
import { DOMAINS } from "@/lib/labels";

export const metadata: Metadata = { title: "Capability: needs against pledges" };

const ORDER: DomainCapability["gap"][] = ["no-pledge", "short", "unknown", "met", "no-requirement"];
const isGap = (d: DomainCapability) => d.gap === "no-pledge" || d.gap === "short";

const amount = (n: { toString(): string } | null, unit: string | null) =>
  n === null ? null : `${Number(n.toString()).toLocaleString("en")}${unit ? ` ${unit}` : ""}`;

function Pledged({ d }: { d: DomainCapability }) {
  if (!d.pledges) return <span className="font-medium text-rose-700">No pledge</span>;
  return (
    <>
      <Link href={`/pledges?domain=${d.domain}`}>{plural(d.pledges, "pledge")}</Link>
      <div className="text-xs text-slate-600">
        {d.pledged.map((q) => (
          <span key={q.unit ?? ""} className="mr-2 font-medium text-slate-900 tabular-nums">
            {amount(q.quantity, q.unit)}
          </span>
        ))}
        {d.undisclosedQuantity > 0 && (
          <span className="italic">
            {d.pledged.length
              ? `+ ${d.undisclosedQuantity.toLocaleString("en")} of ${UNDISCLOSED} size`
              : `quantity ${UNDISCLOSED}`}
          </span>
        )}
      </div>
    </>
  );
}

export default async function CapabilityPage() {
  const viewer = await getViewer();
  const canEdit = can(viewer, "data:write");
  const domains = (await getCapability(visibilityFor(viewer))).sort(
    (a, b) => ORDER.indexOf(a.gap) - ORDER.indexOf(b.gap),
  );
  const needed = domains.filter((d) => d.requirements.length);
  const unasked = domains.filter((d) => !d.requirements.length);
  const gaps = needed.filter(isGap).length;
  const th = "px-3 py-2 text-left text-xs font-semibold text-slate-600";

  return (
    <>
      <PageHeader title="Capability: needed against pledged">
        The needs the sources record in each domain, with their quotes, against the pledges made
        (withdrawn ones not counted). Where no source states a quantity it is shown as undisclosed,
        and the size of a gap is never guessed.
        {canEdit && (
          <>
            {" "}
            <Link href="/edit/requirements/new">Record a need</Link>
          </>
        )}
      </PageHeader>
      <p role="status" className="mb-4 text-sm font-medium text-slate-900">
        {gaps
          ? `${gaps} of ${plural(needed.length, "recorded need")} ${gaps === 1 ? "has" : "have"} nothing, or too little, pledged.`
          : `All ${plural(needed.length, "recorded need")} have pledges.`}
      </p>
      <section
        aria-labelledby="needs-title"
        className="mb-6 rounded-xl border border-slate-200 bg-white shadow-sm"
      >
        <h2 id="needs-title" className="px-5 pt-5 pb-3 text-base font-semibold text-slate-900">
          Recorded needs
        </h2>
        <div
          role="region"
          aria-label="Recorded needs and pledges"
          tabIndex={0}
          className="overflow-x-auto"
        >
          <table className="w-full text-sm">
            <thead className="border-y border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className={th}>
                  Domain
                </th>
                <th scope="col" className={th}>
                  Needed
                </th>
                <th scope="col" className={`${th} hidden sm:table-cell`}>
                  Pledged
                </th>
                <th scope="col" className={`${th} hidden sm:table-cell`}>
                  Gap
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {needed.map((d) => (
                <tr key={d.domain} className={`align-top ${isGap(d) ? "bg-rose-50/60" : ""}`}>
                  <th
                    scope="row"
                    className={`px-3 py-3 text-left font-semibold text-slate-900 ${isGap(d) ? "border-l-4 border-rose-600" : "border-l-4 border-transparent"}`}
                  >
                    {DOMAINS[d.domain].label}
                    {/* On a phone the last two columns fold in here. */}
                    <div className="mt-1 space-y-1 text-sm font-normal sm:hidden">
                      <Badge tone={GAPS[d.gap].tone} title={GAPS[d.gap].explain}>
                        {GAPS[d.gap].label}
                      </Badge>
                      <div>
                        <Pledged d={d} />
                      </div>
                    </div>
                  </th>
                  <td className="px-3 py-3 sm:min-w-64">
                    <ul className="space-y-2">
                      {d.requirements.map((r) => (
                        <li key={r.id}>
                          <span className="text-slate-800">{r.description}</span>
                          {canEdit && (
                            <Link href={`/edit/requirements/${r.id}`} className="ml-2 text-xs">
                              Edit
                            </Link>
                          )}
                          <div className="text-xs text-slate-600">
                            Quantity:{" "}
                            <span className={r.quantity === null ? "italic" : "font-medium"}>
                              {amount(r.quantity, r.unit) ?? UNDISCLOSED}
                            </span>
                          </div>
                          <Citations items={r.citations} />
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="hidden px-3 py-3 whitespace-nowrap sm:table-cell">
                    <Pledged d={d} />
                  </td>
                  <td className="hidden px-3 py-3 sm:table-cell">
                    <Badge tone={GAPS[d.gap].tone} title={GAPS[d.gap].explain}>
                      {GAPS[d.gap].label}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {unasked.length > 0 && (
        <Card title="Pledged where no need is recorded">
          <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {unasked.map((d) => (
              <li key={d.domain} className="text-sm">
                <span className="font-medium text-slate-900">{DOMAINS[d.domain].label}</span>:{" "}
                <Pledged d={d} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
