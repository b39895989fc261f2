import type { Metadata } from "next";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import {
  CONDITION_CATEGORIES,
  CONDITION_STATUSES,
  DISCLOSURES,
  DOMAINS,
  EVENT_KINDS,
  keysOf,
  PLEDGE_STATUSES,
  POSTURES,
  type Meaning,
} from "@/lib/labels";

export const metadata: Metadata = { title: "Methodology" };

function Glossary<K extends string>({
  id,
  title,
  table,
}: {
  id: string;
  title: string;
  table: Record<K, Meaning>;
}) {
  return (
    <Card id={id} title={title}>
      <dl className="space-y-3">
        {keysOf(table).map((k) => (
          <div key={k} className="grid gap-1 sm:grid-cols-[12rem_1fr]">
            <dt>
              <MeaningBadge table={table} value={k} />
            </dt>
            <dd className="text-sm text-slate-700">{table[k].description}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

export default function MethodologyPage() {
  return (
    <>
      <PageHeader title="Methodology">
        How Guarantor records the security guarantees for Ukraine, and what each status means.
      </PageHeader>
      <div className="space-y-6">
        <Card title="Rules we keep">
          <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
            <li>
              Every fact — a figure, a posture, a pledge, a condition, an event — cites a source and
              a verbatim quote from it.
            </li>
            <li>
              What the sources do not say stays unknown and is shown as <em>undisclosed</em>: the 26
              countries ready to deploy are mostly unnamed, no troop numbers have been published,
              and the sources give no dates.
            </li>
            <li>
              When a source says something that looks wrong, it is recorded as the source says it
              and flagged as <em>disputed</em>, with a note explaining why — never silently
              corrected or dropped.
            </li>
            <li>
              Country reference data (ISO 3166 codes, EU and NATO membership, region) comes from the
              ISO and the EU and NATO member lists, not from the articles.
            </li>
            <li>
              Generated (synthetic) data used for demos and benchmarks lives in a separate database
              and never mixes with this dataset.
            </li>
          </ul>
        </Card>
        <Glossary id="posture" title="Posture of a country" table={POSTURES} />
        <Glossary id="pledge-status" title="Pledge status" table={PLEDGE_STATUSES} />
        <Glossary id="disclosure" title="Disclosure" table={DISCLOSURES} />
        <Glossary id="domain" title="Pledge domains" table={DOMAINS} />
        <Glossary id="condition-status" title="Condition status" table={CONDITION_STATUSES} />
        <Glossary
          id="condition-category"
          title="Condition categories"
          table={CONDITION_CATEGORIES}
        />
        <Glossary id="event-kind" title="Event kinds" table={EVENT_KINDS} />
      </div>
    </>
  );
}
