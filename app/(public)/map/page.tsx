import type { Metadata } from "next";
import { getVisibility } from "@/lib/auth/server";
import Link from "next/link";
import { europeShapes } from "@/components/map/geometry";
import { EuropeMap } from "@/components/map/europe-map";
import { OCCUPIED_HATCH, paintMap, type MapMode } from "@/components/map/scale";
import { readMapView } from "@/components/map/view-params";
import { Card } from "@/components/ui/card";
import { FilterChips } from "@/components/ui/filter-chips";
import { PageHeader } from "@/components/ui/page-header";
import { listCountryStances } from "@/lib/capability/by-country";
import { DOMAINS, keysOf } from "@/lib/labels";

export const metadata: Metadata = { title: "Map" };

type Props = { searchParams: Promise<{ by?: string | string[]; domain?: string | string[] }> };

const href = (by: MapMode, domain: string | null) =>
  `/map?by=${by}${domain ? `&domain=${domain}` : ""}`;

export default async function MapPage({ searchParams }: Props) {
  const { mode, domain, problems } = readMapView(await searchParams);
  const domainLabel = domain ? DOMAINS[domain].label.toLowerCase() : "any domain";
  const { stances, unnamedPledges } = await listCountryStances(domain, await getVisibility());
  const { paint, legend, note } = paintMap(stances, mode, domainLabel, unnamedPledges);
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
      {problems.length > 0 && (
        <div
          role="alert"
          className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          {problems.join(" ")}
        </div>
      )}
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
            {note && (
              <p className="mb-3 text-sm text-slate-800">
                {note}
                {unnamedPledges > 0 && (
                  <>
                    {" "}
                    <Link
                      href={`/pledges?country=undisclosed${domain ? `&domain=${domain}` : ""}`}
                      className="underline"
                    >
                      List them
                    </Link>
                  </>
                )}
              </p>
            )}
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
              <li className="flex items-start gap-2">
                <svg
                  aria-hidden
                  viewBox="0 0 14 14"
                  className="mt-0.5 h-3.5 w-3.5 shrink-0 rounded-sm ring-1 ring-slate-300"
                >
                  <path
                    d="M-2 4 4 -2M-2 10 10 -2M-2 16 16 -2M4 16 16 4M10 16 16 10"
                    stroke={OCCUPIED_HATCH}
                    strokeWidth={2}
                  />
                </svg>
                <span>
                  Hatched: Crimea, Ukrainian territory occupied by Russia since 2014 (the map data
                  has no line for the areas occupied since 2022).
                </span>
              </li>
            </ul>
            {mode === "capacity" && (
              <p className="mt-3 text-xs text-slate-600">
                No source states a quantity for any pledge yet, so the map counts pledges (withdrawn
                ones excluded).
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
