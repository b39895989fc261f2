import Link from "next/link";
import { Citations } from "@/components/citations/citations";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { plural } from "@/components/facts/format";
import { Timeline } from "@/components/events/timeline";
import { BarList } from "@/components/ui/bar-list";
import { Card } from "@/components/ui/card";
import type { getDashboard } from "@/lib/dashboard/queries";
import type { EventView } from "@/lib/events/queries";
import { CONDITION_STATUSES, DOMAINS, keysOf, PLEDGE_STATUSES, POSTURES } from "@/lib/labels";

type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

/** The dashboard's figures, counts, checklists and latest events (live, past or shared). */
export function DashboardView({
  d,
  events,
  canEdit = false,
}: {
  d: Dashboard & { coalition: NonNullable<Dashboard["coalition"]> };
  events: EventView[];
  canEdit?: boolean;
}) {
  const met = d.conditions.filter((c) => c.status === "MET").length;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {d.coalition.figures.map((f) => (
          <Card key={f.id}>
            <div className="text-4xl font-semibold tabular-nums text-slate-900">
              {f.qualifier && <span className="text-xl text-slate-500">{f.qualifier} </span>}
              {Number(f.value).toLocaleString("en")}
            </div>
            <div className="mt-1 text-sm text-slate-600">{f.label}</div>
            {f.id === "ready-to-deploy" && d.ready && (
              <p className="mt-2 text-sm font-medium text-slate-800">
                {d.ready.total} ready, {d.ready.named.length} named publicly
                {d.ready.named.length > 0 && (
                  <>
                    {": "}
                    {d.ready.named.map((c, i) => (
                      <span key={c.code}>
                        {i > 0 && ", "}
                        <Link href={`/countries/${c.code}`}>{c.name}</Link>
                      </span>
                    ))}
                  </>
                )}
              </p>
            )}
            {f.id === "leaders-met" && d.members && (
              <p className="mt-2 text-sm font-medium text-slate-800">
                <Link href="/countries">{d.members.named} named</Link>,{" "}
                {d.members.total - d.members.named} undisclosed
              </p>
            )}
            <Citations items={f.citations} />
            {canEdit && (
              <p className="mt-2 flex gap-3 text-xs">
                <Link href={`/edit/figures/${f.id}`}>Edit</Link>
                <Link href={`/history/HeadlineFigure/${f.id}`}>History</Link>
              </p>
            )}
          </Card>
        ))}
        <Card>
          <div className="text-4xl font-semibold tabular-nums text-slate-900">
            {met}
            <span className="text-xl text-slate-500"> / {d.conditions.length}</span>
          </div>
          <div className="mt-1 text-sm text-slate-600">deployment conditions met</div>
          <p className="mt-2 text-sm font-medium text-slate-800">
            <Link href="/pledges">{plural(d.totalPledges, "pledge")} recorded</Link>,{" "}
            <Link href="/pledges?country=undisclosed">
              {d.undisclosedPledges.toLocaleString("en")} by undisclosed countries
            </Link>
          </p>
        </Card>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Pledges by domain" action={<Link href="/pledges">All pledges</Link>}>
          <BarList
            bars={keysOf(DOMAINS)
              .map((domain) => ({
                key: domain,
                label: DOMAINS[domain].label,
                value: d.byDomain.find((b) => b.domain === domain)?.count ?? 0,
                href: `/pledges?domain=${domain}`,
              }))
              .filter((b) => b.value > 0)}
          />
        </Card>
        <Card
          title="Pledges by status"
          action={<Link href="/methodology#pledge-status">What statuses mean</Link>}
        >
          <BarList
            bars={keysOf(PLEDGE_STATUSES).map((status) => ({
              key: status,
              label: PLEDGE_STATUSES[status].label,
              value: d.byStatus.find((b) => b.status === status)?.count ?? 0,
              href: `/pledges?status=${status}`,
            }))}
          />
        </Card>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Conditions for deployment" action={<Link href="/conditions">Details</Link>}>
          <ul className="divide-y divide-slate-100">
            {d.conditions.map((c) => (
              <li key={c.slug} className="flex items-center justify-between gap-3 py-2">
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden
                    className={c.status === "MET" ? "text-emerald-600" : "text-slate-300"}
                  >
                    {c.status === "MET" ? "☑" : "☐"}
                  </span>
                  <Link href={`/conditions/${c.slug}`}>{c.name}</Link>
                </span>
                <span className="flex items-center gap-3">
                  {c._count.pledges > 0 && (
                    <Link href={`/pledges?condition=${c.slug}`} className="text-xs text-slate-500">
                      {plural(c._count.pledges, "pledge")} waiting
                    </Link>
                  )}
                  <MeaningBadge table={CONDITION_STATUSES} value={c.status} />
                </span>
              </li>
            ))}
          </ul>
        </Card>
        <Card
          title="Members and actors by posture"
          action={<Link href="/countries">All countries</Link>}
        >
          <ul className="space-y-3">
            {keysOf(POSTURES)
              .filter((p) => d.postureGroups.has(p))
              .map((p) => (
                <li key={p} className="flex flex-wrap items-center gap-2">
                  <Link href={`/countries?posture=${p}`} className="no-underline">
                    <MeaningBadge table={POSTURES} value={p} />
                  </Link>
                  {d.postureGroups.get(p)!.map((c, i) => (
                    <span key={c.code} className="text-sm">
                      <Link href={`/countries/${c.code}`}>{c.name}</Link>
                      {!c.isMember && (
                        <span className="text-xs text-slate-500"> (not a member)</span>
                      )}
                      {i < d.postureGroups.get(p)!.length - 1 && ","}
                    </span>
                  ))}
                </li>
              ))}
            {d.members && (
              <li className="text-sm text-slate-600">
                <MeaningBadge table={POSTURES} value="UNDISCLOSED" />{" "}
                {d.members.total - d.members.named} of the {d.members.total} leaders&apos; countries
                have not been named by any source.
              </li>
            )}
          </ul>
        </Card>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card id="requirements" title="What the coalition says it needs">
          <ul className="divide-y divide-slate-100">
            {d.requirements.map((r) => (
              <li key={r.id} className="py-2">
                <div className="flex items-center justify-between gap-3">
                  <span className="text-sm text-slate-800">{r.description}</span>
                  <Link
                    href={`/pledges?domain=${r.domain}`}
                    className={`text-xs font-medium ${r.pledged ? "text-emerald-700" : "text-rose-700"}`}
                  >
                    {r.pledged ? plural(r.pledged, "pledge") : "no pledge yet"}
                  </Link>
                </div>
                <Citations items={r.citations} />
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Latest events" action={<Link href="/events">Full timeline</Link>}>
          <Timeline events={events} compact />
        </Card>
      </div>
    </>
  );
}
