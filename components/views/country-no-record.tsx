import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import type { IsoCountry } from "@/lib/countries/iso";

/**
 * A real country (a valid ISO 3166 code) that no source mentions: a page that says so,
 * rather than a 404 that suggests the code is wrong.
 */
export function CountryNoRecord({ country }: { country: IsoCountry }) {
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link href="/countries">Countries</Link> / {country.code}
          </>
        }
        title={country.name}
      />
      <div className="max-w-3xl space-y-3 rounded-xl border border-slate-200 bg-white p-5 text-slate-700">
        <p className="font-medium text-slate-900">
          No source records a posture or pledge for {country.name}.
        </p>
        <p className="text-sm">
          Most of the coalition&apos;s members have not been named publicly, so {country.name} may
          still be one of them: the sources do not say. When a source names {country.name}, its
          posture, pledges and events will appear here.
        </p>
        <p className="text-sm">
          <Link href="/countries">The countries the sources name</Link> ·{" "}
          <Link href="/pledges?country=undisclosed">Pledges whose country no source names</Link>
        </p>
      </div>
    </>
  );
}
