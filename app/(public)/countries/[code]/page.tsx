import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import {
  AsOfBanner,
  AsOfNotice,
  AsOfPicker,
  NotYetRecorded,
} from "@/components/history/as-of-banner";
import { PageHeader } from "@/components/ui/page-header";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer, getVisibility } from "@/lib/auth/server";
import { CountryNoRecord } from "@/components/views/country-no-record";
import { CountryView } from "@/components/views/country-view";
import { ShareButton } from "@/components/share/share-button";
import { FollowLink } from "@/components/feeds/follow-link";
import { feedAlternates, feedPaths } from "@/lib/feeds/links";
import { isoCountry } from "@/lib/countries/iso";
import { getCountry } from "@/lib/countries/queries";
import { parseAsOfParam, pastAsOf } from "@/lib/dates/as-of";
import { getCountryStatusChanges } from "@/lib/changes/queries";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ asOf?: string; time?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = await getCountry((await params).code, { viewer: await getVisibility() });
  const iso = country ? null : isoCountry((await params).code);
  return {
    title: country
      ? `${country.name}: commitments and status`
      : iso
        ? `${iso.name}: no records`
        : "Country not found",
    ...(country && {
      alternates: feedAlternates(
        feedPaths.country(country.code),
        `Guarantor: changes for ${country.name}`,
      ),
    }),
  };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const { code } = await params;
  const param = parseAsOfParam(await searchParams);
  const asOf = pastAsOf(param);
  const viewer = await getViewer();
  const visibility = visibilityFor(viewer);
  const [country, changes] = await Promise.all([
    getCountry(code, { viewer: visibility, at: asOf?.at }),
    // Not after the country: an unknown or malformed code simply finds no changes.
    asOf ? null : getCountryStatusChanges(code.toUpperCase(), visibility),
  ]);
  if (!country) {
    // Before the country's first record: say so, rather than that the code may be wrong.
    const live = asOf ? await getCountry(code, { viewer: visibility }) : null;
    if (!asOf || !live) return noRecord(code);
    const list = { href: "/countries", label: "Countries" };
    return (
      <NotYetRecorded
        asOf={asOf}
        name={live.name}
        subject={live.name}
        href={`/countries/${live.code}`}
        list={list}
      />
    );
  }
  if (code !== country.code)
    redirect(`/countries/${country.code}${asOf ? `?asOf=${asOf.value}` : ""}`);
  const canEdit = !asOf && can(viewer, "data:write");
  const here = `/countries/${country.code}`;

  return (
    <>
      <AsOfNotice param={param} currentHref={here} />
      {asOf && <AsOfBanner asOf={asOf} currentHref={here} />}
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <PageHeader
          eyebrow={
            <>
              <Link href="/countries">Countries</Link> / {country.code} · {country.region}
              {country.euMember && " · EU"}
              {country.natoMember && " · NATO"}
            </>
          }
          title={country.name}
        />
        <div className="flex flex-wrap items-center gap-3">
          {!asOf && <FollowLink href={feedPaths.country(country.code)} what={country.name} />}
          {!asOf && <ShareButton query={{ scope: "COUNTRY", code: country.code }} />}
          <AsOfPicker asOf={asOf} action={here} />
        </div>
      </div>
      <CountryView country={country} changes={changes} canEdit={canEdit} />
    </>
  );
}

/** A valid ISO code no source names gets a page saying so; anything else is a 404. */
function noRecord(code: string) {
  const iso = isoCountry(code);
  if (!iso) notFound();
  if (code !== iso.code) redirect(`/countries/${iso.code}`);
  return <CountryNoRecord country={iso} />;
}
