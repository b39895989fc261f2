import type { Metadata } from "next";
import { getVisibility } from "@/lib/auth/server";
import Link from "next/link";
import { plural } from "@/components/facts/format";
import { europeShapes } from "@/components/map/geometry";
import { EuropeMap } from "@/components/map/europe-map";
import { paintMap, type MapMode } from "@/components/map/scale";
import { Card } from "@/components/ui/card";
import { FilterChips } from "@/components/ui/filter-chips";
import { PageHeader } from "@/components/ui/page-header";
import { listCountryStances } from "@/lib/capability/by-country";
import { DOMAINS, keysOf, parseKey } from "@/lib/labels";

export const metadata: Metadata = { title: "Map" };

type Props = { searchParams: Promise<{ by?: string; domain?: string }> };

const href = (by: MapMode, domain: string | null) =>
  `/map?by=${by}${domain ? `&domain=${domain}` : ""}`;

export default async function MapPage({ searchParams }: Props) {
  const params = await searchParams;
  const mode: MapMode = params.by === "capacity" ? "capacity" : "posture";
  const domain = mode === "capacity" ? parseKey(DOMAINS, params.domain) : null;
  const domainLabel = domain ? DOMAINS[domain].label.toLowerCase() : "any domain";
  const { stances, unnamedPledges } = await listCountryStances(domain, await getVisibility());
  const { paint, legend } = paintMap(stances, mode, domainLabel);
  const drawn = new Set(europeShapes().map((s) => s.numeric));
  const beyond = stances.filter((s) => !drawn.has(s.numeric) && (s.posture || s.pledges));
  const title =
    mode === "posture"
      ? "Map of Europe and its neighbours, coloured by posture"
      : `Map of Europe and its neighbours, coloured by the number of pledges in ${domainLabel}`;

  return (
    <>
      <PageHeader title="Map">
        Where the coalition&apos;s members and the actors around it stand. Countries no source
        places are grey; click a country, or tab to it and press Enter, to open its page.
      </PageHeader>
      <div className="mb-4 space-y-2">
        <FilterChips
          label="Colour by"
          chips={[
            { label: "Posture", href: href("posture", null), active: mode === "posture" },
            {
              label: "Pledged capacity",
              href: href("capacity", domain),
              active: mode === "capacity",
            },
          ]}
        />
        {mode === "capacity" && (
          <FilterChips
            label="Domain"
            chips={[
              { label: "All domains", href: href("capacity", null), active: !domain },
              ...keysOf(DOMAINS).map((d) => ({
                label: DOMAINS[d].label,
                href: href("capacity", d),
                active: domain === d,
              })),
            ]}
          />
        )}
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <Card className="overflow-hidden p-0!">
          <EuropeMap
            title={title}
            paint={paint}
            countries={new Map(stances.map((s) => [s.numeric, s]))}
          />
        </Card>
        <div className="space-y-4">
          <Card title="Legend">
            <ul className="space-y-1.5 text-sm">
              {legend.map((l) => (
                <li key={l.key} className="flex items-center gap-2">
                  <span
                    aria-hidden
                    className="inline-block h-3.5 w-3.5 shrink-0 rounded-sm ring-1 ring-slate-300"
                    style={{ background: l.color }}
                  />
                  {l.label}
                </li>
              ))}
            </ul>
            {mode === "capacity" && (
              <p className="mt-3 text-xs text-slate-600">
                No source states a quantity for any pledge yet, so the map counts pledges (withdrawn
                ones excluded).
                {unnamedPledges > 0 && (
                  <>
                    {" "}
                    <Link
                      href={`/pledges?country=undisclosed${domain ? `&domain=${domain}` : ""}`}
                      className="underline"
                    >
                      {plural(unnamedPledges, "pledge")}
                    </Link>{" "}
                    in {domainLabel} come from countries the sources do not name, so they are on no
                    country.
                  </>
                )}
              </p>
            )}
          </Card>
          {beyond.length > 0 && (
            <Card title="Beyond this map">
              <ul className="space-y-1.5 text-sm">
                {beyond.map((s) => (
                  <li key={s.code}>
                    <Link href={`/countries/${s.code}`} className="underline">
                      {s.name}
                    </Link>
                    <span className="text-slate-600">: {paint.get(s.numeric)?.detail}</span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
      <details className="mt-6 rounded-xl border border-slate-200 bg-white p-4 text-sm">
        <summary className="cursor-pointer font-medium text-slate-800">The map as a table</summary>
        <table className="mt-3 w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 pr-4 font-medium">
                Country
              </th>
              <th scope="col" className="py-1 font-medium">
                {mode === "posture" ? "Posture" : `Pledges in ${domainLabel}`}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {stances.map((s) => (
              <tr key={s.code}>
                <th scope="row" className="py-1 pr-4 font-normal">
                  <Link href={`/countries/${s.code}`}>{s.name}</Link>
                </th>
                <td className="py-1 text-slate-700">{paint.get(s.numeric)?.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
