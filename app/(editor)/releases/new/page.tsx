import type { Metadata } from "next";
import { formatDate } from "@/components/facts/format";
import { ChangelogList } from "@/components/releases/changelog-list";
import { PublishReleaseForm } from "@/components/releases/publish-form";
import { publishReleaseAction } from "./actions";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { BUMP_WORDS } from "@/lib/releases/schema";
import { getPendingRelease } from "@/lib/releases/queries";

export const metadata: Metadata = { title: "Publish a release" };

export default async function NewReleasePage() {
  await requirePagePermission("data:publish", "/releases/new");
  const pending = await getPendingRelease();
  const since = pending.latest
    ? `since v${pending.latest.version} (${formatDate(pending.latest.createdAt)})`
    : "(the first release holds everything published)";
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader eyebrow="Releases" title="Publish a release">
        A release stores the published dataset as it is now (never drafts), with its files, and
        never changes afterwards.
      </PageHeader>
      <Card title="What it will hold">
        {pending.latest && !pending.needed ? (
          <p className="text-sm text-slate-700">
            Nothing published has changed since v{pending.latest.version}: there is nothing to
            release.
          </p>
        ) : (
          <p className="mb-3 text-sm text-slate-700">
            Changes {since}
            {pending.latest && pending.needed ? (
              <>
                : {BUMP_WORDS[pending.needed]}, so at least a <strong>{pending.needed}</strong>{" "}
                release.
              </>
            ) : (
              "."
            )}
            {pending.schemaChanged && " The files' fields changed since the last release."}
          </p>
        )}
        {pending.latest && <ChangelogList items={pending.changelog} />}
      </Card>
      <Card>
        <PublishReleaseForm publish={publishReleaseAction} suggested={pending.suggested} />
      </Card>
    </div>
  );
}
