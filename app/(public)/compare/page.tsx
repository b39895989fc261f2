import type { Metadata } from "next";
import { getVisibility } from "@/lib/auth/server";
import { redirect } from "next/navigation";
import { CompareGrid } from "@/components/compare/compare-grid";
import { ComparePicker } from "@/components/compare/compare-picker";
import { Empty } from "@/components/ui/empty";
import { PageHeader } from "@/components/ui/page-header";
import { MAX_COUNTRIES, MIN_COUNTRIES, parseCompareParam } from "@/lib/compare/params";
import { defaultComparison, getComparison, listCountryChoices } from "@/lib/compare/queries";

export const metadata: Metadata = { title: "Compare countries" };

type Props = { searchParams: Promise<{ c?: string | string[] }> };

export default async function ComparePage({ searchParams }: Props) {
  const raw = (await searchParams).c;
  const asked = parseCompareParam(raw);
  // A plain form repeats `c=` (and sends empty slots): go on to the one-key URL the pickers read.
  if (Array.isArray(raw) || raw === "" || raw?.split(",").includes("")) {
    redirect(asked.codes.length ? `/compare?c=${asked.codes.join(",")}` : "/compare");
  }
  const visibility = await getVisibility();
  const codes = raw === undefined ? await defaultComparison(visibility) : asked.codes;
  const [{ countries, unknown }, choices] = await Promise.all([
    getComparison(codes, visibility),
    listCountryChoices(),
  ]);
  const problems = [
    ...asked.malformed.map((m) => `“${m}” is not a country code (use two letters, e.g. FR).`),
    ...unknown.map((code) => `No country with the code ${code} is recorded.`),
    ...(asked.dropped.length
      ? [`At most ${MAX_COUNTRIES} countries are compared; ${asked.dropped.join(", ")} left out.`]
      : []),
  ];

  return (
    <>
      <PageHeader title="Compare countries">
        Two to four countries side by side: their posture, their pledges by domain with status and
        disclosure, and the conditions those pledges wait on. The choice lives in the URL (
        <code className="whitespace-nowrap">?c=FR,GB,DE</code>).
      </PageHeader>
      <div className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <ComparePicker choices={choices} selected={countries.map((c) => c.code)} />
      </div>
      {problems.length > 0 && (
        <div
          role="alert"
          className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <ul className="list-inside list-disc">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {countries.length >= MIN_COUNTRIES ? (
        <CompareGrid countries={countries} />
      ) : (
        <Empty>
          Choose at least {MIN_COUNTRIES} countries to compare
          {countries.length === 1 ? ` with ${countries[0]!.name}` : ""}.
        </Empty>
      )}
    </>
  );
}
