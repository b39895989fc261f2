import type { Metadata } from "next";
import Link from "next/link";
import { plural } from "@/components/facts/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getVisibility } from "@/lib/auth/server";
import { keysOf, PROVISION_STATUSES } from "@/lib/labels";
import { listFrameworks } from "@/lib/provisions/queries";

export const metadata: Metadata = { title: "Peace frameworks" };

export default async function FrameworksPage() {
  const frameworks = await listFrameworks(await getVisibility());
  return (
    <>
      <PageHeader title="Peace frameworks">
        The frameworks under negotiation and how far each of their provisions has got.
      </PageHeader>
      {frameworks.length === 0 && <p className="text-slate-600">No framework is recorded yet.</p>}
      <div className="space-y-4">
        {frameworks.map((f) => (
          <Card key={f.slug} title={<Link href={`/frameworks/${f.slug}`}>{f.name}</Link>}>
            <p className="text-sm text-slate-700">{f.description}</p>
            <p className="mt-3 flex flex-wrap gap-2 text-sm">
              {plural(f.provisions.length, "provision")}:
              {keysOf(PROVISION_STATUSES).map((s) => {
                const n = f.provisions.filter((p) => p.status === s).length;
                return n ? (
                  <Badge key={s} tone={PROVISION_STATUSES[s].tone}>
                    {n} {PROVISION_STATUSES[s].label.toLowerCase()}
                  </Badge>
                ) : null;
              })}
            </p>
          </Card>
        ))}
      </div>
    </>
  );
}
