import type { Metadata } from "next";
import Link from "next/link";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { cell, DataTable, numericCell } from "@/components/ui/data-table";
import { Empty } from "@/components/ui/empty";
import { FilterChips } from "@/components/ui/filter-chips";
import { PageHeader } from "@/components/ui/page-header";
import { getVisibility } from "@/lib/auth/server";
import { listCountries } from "@/lib/countries/queries";
import { keysOf, parseKey, POSTURES } from "@/lib/labels";

export const metadata: Metadata = { title: "Countries" };

export default async function CountriesPage({ searchParams }: { searchParams: Promise<{ posture?: string }> }) {
  const posture = parseKey(POSTURES, (await searchParams).posture);
  const countries = await listCountries({ posture }, await getVisibility());

  return (
    <>
      <PageHeader title="Countries">
        Coalition members the sources name, and outside actors whose stance bears on the guarantees. Most of the
        coalition&apos;s members have not been named publicly, so they do not appear here.
      </PageHeader>
      <div className="mb-4">
        <FilterChips
          label="Posture"
          chips={[
            { label: "All", href: "/countries", active: !posture },
            ...keysOf(POSTURES).map((p) => ({ label: POSTURES[p].label, href: `/countries?posture=${p}`, active: posture === p })),
          ]}
        />
      </div>
      {countries.length === 0 ? (
        <Empty>No country with this posture is named in the sources.</Empty>
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
                      <Link href={`/countries/${c.code}`} className="font-medium">{c.name}</Link>
                      <span className="ml-2 text-xs text-slate-500">{c.code}</span>
                      {m && <p className="mt-0.5 max-w-md text-xs text-slate-500">{m.summary}</p>}
                    </td>
                    <td className={`${cell} text-slate-600`}>{m ? (m.isMember ? "Member" : "Outside actor") : "Mentioned"}</td>
                    <td className={cell}>{m ? <MeaningBadge table={POSTURES} value={m.posture} /> : <span className="text-slate-500">—</span>}</td>
                    <td className={`${cell} text-slate-600`}>{[c.euMember && "EU", c.natoMember && "NATO"].filter(Boolean).join(" · ") || "—"}</td>
                    <td className={numericCell}>{c._count.pledges.toLocaleString("en")}</td>
                    <td className={numericCell}>{c._count.events.toLocaleString("en")}</td>
                  </tr>
                );
              })}
        </DataTable>
      )}
    </>
  );
}
