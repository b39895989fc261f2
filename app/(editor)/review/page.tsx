import type { Metadata } from "next";
import Link from "next/link";
import { Empty } from "@/components/ui/empty";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { listPendingProposals, reviewRequired } from "@/lib/review/queries";

export const metadata: Metadata = { title: "Review" };

const ACTIONS: Record<string, string> = {
  CREATE: "New",
  UPDATE: "Change to",
  DELETE: "Deletion of",
  PUBLISH: "Publication of",
};

export default async function ReviewPage() {
  const user = await requirePagePermission("data:publish", "/review");
  const pending = await listPendingProposals();
  return (
    <div className="max-w-3xl">
      <PageHeader title="Review before publish">
        {reviewRequired()
          ? "On this site a second editor approves every change before the public sees it. You cannot approve your own."
          : "Review before publish is off on this site: changes go live when saved. Proposals made while it was on are listed here."}
      </PageHeader>
      {pending.length === 0 ? (
        <Empty>Nothing is waiting for review.</Empty>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {pending.map((p) => (
            <li key={p.id} className="p-4 text-sm">
              <Link href={`/review/${p.id}`} className="font-medium">
                {ACTIONS[p.action] ?? p.action} {p.entityType.toLowerCase()} {p.entityId}
              </Link>
              <div className="text-slate-600">
                Proposed by {p.proposedById === user.id ? "you" : p.proposedByName} ·{" "}
                {p.proposedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
