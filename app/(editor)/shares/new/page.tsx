import type { Metadata } from "next";
import { NewShareForm } from "@/components/share/share-forms";
import { Empty } from "@/components/ui/empty";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { listFilterNames } from "@/lib/pledges/explorer-queries";
import { listReleaseVersions } from "@/lib/releases/queries";
import { describeShare, shareParamsFromQuery } from "@/lib/shares/from-url";
import { LIVE_ONLY_SCOPES } from "@/lib/shares/schema";
import { createShareAction } from "../actions";

export const metadata: Metadata = { title: "Share a view" };

export default async function NewSharePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  await requirePagePermission(
    "shares:manage",
    `/shares/new?${new URLSearchParams(query as Record<string, string>).toString()}`,
  );
  const params = shareParamsFromQuery(query);
  const described = params && describeShare(params, await listFilterNames("internal"));
  const releases = await listReleaseVersions();
  return (
    <div className="max-w-2xl">
      <PageHeader eyebrow="Share" title={described ?? "Share a view"}>
        Anyone with the link sees this view read-only, without an account: published data only, no
        drafts, internal notes or editors&apos; names. You can revoke it at any time.
      </PageHeader>
      {params ? (
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <NewShareForm
            create={createShareAction}
            params={JSON.stringify(params)}
            defaultLabel={`${described} — briefing`}
            releases={releases}
            liveOnly={LIVE_ONLY_SCOPES.has(params.scope)}
          />
        </div>
      ) : (
        <Empty>
          This address does not name a view that can be shared. Use the Share button on the
          dashboard, a country, a condition, the pledge list or a what-if scenario.
        </Empty>
      )}
    </div>
  );
}
