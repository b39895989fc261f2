import type { Metadata } from "next";
import Link from "next/link";
import { CountrySearch } from "@/components/countries/country-search";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { cell, DataTable, numericCell } from "@/components/ui/data-table";
import { Empty } from "@/components/ui/empty";
import { FilterChips } from "@/components/ui/filter-chips";
import { PageHeader } from "@/components/ui/page-header";
import { getVisibility } from "@/lib/auth/server";
import { listIsoCountries, matchesCountry } from "@/lib/countries/iso";
import { listCountries } from "@/lib/countries/queries";
import { keysOf, parseKey, POSTURES } from "@/lib/labels";

export const metadata: Metadata = { title: "Countries" };

type Props = { searchParams: Promise<{ posture?: string | string[]; q?: string | string[] }> };

/** Real countries no source names, for a search: each has a page saying so. */
const UNRECORDED_SHOWN = 12;

export default async function CountriesPage({ searchParams }: Props) {
  const params = await searchParams;
  const posture = parseKey(POSTURES, params.posture);
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const countries = await listCountries({ posture, q }, { viewer: await getVisibility() });
  const recorded = new Set(countries.map((c) => c.code));
  const unrecorded =
    q && !posture
      ? listIsoCountries().filter((c) => !recorded.has(c.code) && matchesCountry(c, q))
      : [];
  const withQ = (href: string) =>
    q ? `${href}${href.includes("?") ? "&" : "?"}q=${encodeURIComponent(q)}` : href;

  return (
    <>
      <PageHeader title="Countries">
        Coalition members the sources name, and outside actors whose stance bears on the guarantees.
        Most of the coalition&apos;s members have not been named publicly, so they do not appear
        here.
      </PageHeader>
      <div className="mb-4 space-y-3">
        <CountrySearch q={q} posture={posture} />
        <FilterChips
          label="Posture"
          chips={[
            { label: "All", href: withQ("/countries"), active: !posture },
            ...keysOf(POSTURES).map((p) => ({
              label: POSTURES[p].label,
              href: withQ(`/countries?posture=${p}`),
              active: posture === p,
            })),
          ]}
        />
      </div>
      {countries.length === 0 ? (
        <Empty>
          {q
            ? `No country the sources name matches “${q}”${posture ? " with this posture" : ""}.`
            : "No country with this posture is named in the sources."}
        </Empty>
      ) : (
        <DataTable
          caption="Countries named in the sources"
          columns={[
            { label: "Country" },
            { label: "Role" },
            { label: "Posture" },
            { label: "EU / NATO" },
            { label: "Pledges", numeric: true },
            { label: "Events", numeric: true },
          ]}
        >
          {countries.map((c) => {
            const m = c.memberships[0];
            return (
              <tr key={c.code} className="hover:bg-slate-50">
                <td className={cell}>
                  <Link href={`/countries/${c.code}`} className="font-medium">
                    {c.name}
                  </Link>
                  <span className="ml-2 text-xs text-slate-500">{c.code}</span>
                  {m && <p className="mt-0.5 max-w-md text-xs text-slate-500">{m.summary}</p>}
                </td>
                <td className={`${cell} text-slate-600`}>
                  {m ? (m.isMember ? "Member" : "Outside actor") : "Mentioned"}
                </td>
                <td className={cell}>
                  {m ? (
                    <MeaningBadge table={POSTURES} value={m.posture} />
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </td>
                <td className={`${cell} text-slate-600`}>
                  {[c.euMember && "EU", c.natoMember && "NATO"].filter(Boolean).join(" · ") || "—"}
                </td>
                <td className={numericCell}>{c._count.pledges.toLocaleString("en")}</td>
                <td className={numericCell}>{c._count.events.toLocaleString("en")}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {unrecorded.length > 0 && (
        <section aria-labelledby="unrecorded" className="mt-6">
          <h2 id="unrecorded" className="text-sm font-semibold text-slate-900">
            No source records a posture or pledge for these
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {unrecorded.slice(0, UNRECORDED_SHOWN).map((c) => (
              <li key={c.code}>
                <Link href={`/countries/${c.code}`}>{c.name}</Link>{" "}
                <span className="text-xs text-slate-500">{c.code}</span>
              </li>
            ))}
            {unrecorded.length > UNRECORDED_SHOWN && (
              <li className="text-slate-500">
                and {unrecorded.length - UNRECORDED_SHOWN} more: type more of the name
              </li>
            )}
          </ul>
        </section>
      )}
    </>
  );
}
