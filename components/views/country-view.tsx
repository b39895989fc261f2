import Link from "next/link";
import { Citations } from "@/components/citations/citations";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { plural } from "@/components/facts/format";
import { Timeline } from "@/components/events/timeline";
import { StatusChanges } from "@/components/history/status-changes";
import { PledgeCard } from "@/components/pledges/pledge-card";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Empty } from "@/components/ui/empty";
import { COUNTRY_PLEDGES_PER_DOMAIN, type CountryDetail } from "@/lib/countries/queries";
import type { getCountryStatusChanges } from "@/lib/changes/queries";
import { DOMAINS, POSTURES } from "@/lib/labels";

type Changes = Awaited<ReturnType<typeof getCountryStatusChanges>>;

/** A country's posture, pledges by domain, blockers and timeline (live, past or shared). */
export function CountryView({
  country,
  changes,
  canEdit,
}: {
  country: CountryDetail;
  changes: Changes | null;
  canEdit: boolean;
}) {
  const membership = country.memberships[0];
  const byDomain = country.domains.map(({ domain, count }) => ({
    domain,
    count,
    pledges: country.pledges.filter((p) => p.domain === domain),
  }));
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card
          title="Posture"
          action={
            <span className="flex gap-3">
              {membership && <Link href={`/history/Membership/${membership.id}`}>History</Link>}
              {canEdit && (
                <Link href={`/edit/postures/${country.code}`}>
                  {membership ? "Edit posture" : "Record posture"}
                </Link>
              )}
            </span>
          }
        >
          {membership ? (
            <>
              <div className="flex flex-wrap items-center gap-2">
                <MeaningBadge table={POSTURES} value={membership.posture} />
                {!membership.published && <Badge tone="amber">Draft</Badge>}
                <span className="text-sm text-slate-500">
                  {membership.isMember ? "Coalition member" : "Not a coalition member"}
                </span>
              </div>
              <p className="mt-3 text-slate-800">{membership.summary}</p>
              {membership.conditionsInOwnWords && (
                <div className="mt-3">
                  <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">
                    Conditions, in its own words
                  </h3>
                  <p className="mt-1 text-slate-700">{membership.conditionsInOwnWords}</p>
                </div>
              )}
              {membership.internalNote && (
                <p className="mt-3 rounded-md bg-slate-100 p-2 text-sm text-slate-700">
                  <strong>Internal note:</strong> {membership.internalNote}
                </p>
              )}
              <Citations items={membership.citations} open />
            </>
          ) : (
            <p className="text-slate-600">
              No posture recorded: the sources mention {country.name} but do not state its position
              on the coalition.
            </p>
          )}
        </Card>

        <section aria-labelledby="pledges-heading">
          <div className="mb-3 flex items-baseline justify-between">
            <h2 id="pledges-heading" className="text-lg font-semibold">
              Pledges{" "}
              <span className="text-sm font-normal text-slate-500">
                ({country._count.pledges.toLocaleString("en")})
              </span>
            </h2>
            {canEdit && (
              <Link href={`/edit/pledges/new?country=${country.code}`} className="text-sm">
                Add a pledge
              </Link>
            )}
          </div>
          {country._count.pledges > country.pledges.length && (
            <p className="mb-4 text-sm text-slate-600">
              The first {COUNTRY_PLEDGES_PER_DOMAIN} of each domain;{" "}
              <Link href={`/pledges?country=${country.code}`}>
                all {country._count.pledges.toLocaleString("en")} in the explorer
              </Link>
              .
            </p>
          )}
          {byDomain.length === 0 ? (
            <Empty>No pledge by {country.name} is recorded in the sources.</Empty>
          ) : (
            <div className="space-y-5">
              {byDomain.map((g) => (
                <div key={g.domain}>
                  <h3 className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm font-medium text-slate-600">
                    {DOMAINS[g.domain].label}
                    {g.count > g.pledges.length && (
                      <Link
                        href={`/pledges?country=${country.code}&domain=${g.domain}`}
                        className="font-normal"
                        aria-label={`All ${g.count} ${DOMAINS[g.domain].label} pledges of ${country.name}, in the explorer`}
                      >
                        all {g.count.toLocaleString("en")}
                      </Link>
                    )}
                  </h3>
                  <div className="space-y-3">
                    {g.pledges.map((p) => (
                      <PledgeCard key={p.id} pledge={p} showDomain={false} canEdit={canEdit} />
                    ))}
                  </div>
                </div>
              ))}
            </div>
          )}
        </section>
      </div>

      <div className="space-y-6">
        <Card title="What stands in the way">
          {country.blocking.length === 0 ? (
            <p className="text-sm text-slate-600">
              None of {country.name}&apos;s recorded pledges waits on an unmet condition.
            </p>
          ) : (
            <ul className="space-y-1 text-sm">
              {country.blocking.map((c) => (
                <li key={c.slug}>
                  <Link href={`/conditions/${c.slug}`}>{c.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {changes && (
          <Card title="Status changes">
            <StatusChanges changes={changes} />
          </Card>
        )}
        <Card title={`Timeline (${plural(country.events.length, "event")})`}>
          <Timeline events={country.events.map((e) => e.event)} canEdit={canEdit} />
        </Card>
      </div>
    </div>
  );
}
