import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { WhatIfBoard } from "@/components/what-if/what-if-board";
import { getWhatIfData } from "@/lib/what-if/queries";
import { parseScenario } from "@/lib/what-if/scenario";

export const metadata: Metadata = {
  title: "What if: conditions met, pledges unblocked",
  description:
    "Toggle the conditions the coalition's pledges wait on and see which pledges would be free to go ahead.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WhatIfPage({ searchParams }: Props) {
  const [data, params] = await Promise.all([getWhatIfData(), searchParams]);
  const scenario = parseScenario(params.met, data.conditions);
  return (
    <>
      <PageHeader title="What if…?">
        Many pledges wait on conditions: a US backstop, a signed ceasefire, a legal mandate. Tick
        the conditions to take as met and see which pledges would be free to go ahead, by domain and
        by country, and how the capability gaps change. Nothing here changes the data; the scenario
        is in the address, so its link can be shared.
      </PageHeader>
      {scenario.unknown.length > 0 && (
        <p
          role="alert"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          This link names {scenario.unknown.length === 1 ? "a condition" : "conditions"} the tracker
          does not have, left out: {scenario.unknown.map((s) => `“${s}”`).join(", ")}.
        </p>
      )}
      <WhatIfBoard data={data} initialMet={[...scenario.met].sort()} />
    </>
  );
}
