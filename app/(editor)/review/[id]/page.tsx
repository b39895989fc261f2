import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/review/decision-form";
import { decideProposalAction } from "../actions";
import { ProposalDiff, QuoteLine } from "@/components/review/proposal-view";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { getProposal } from "@/lib/review/queries";

export const metadata: Metadata = { title: "Proposed change" };

const ACTIONS: Record<string, string> = {
  CREATE: "New",
  UPDATE: "Change to",
  DELETE: "Deletion of",
  PUBLISH: "Publication of",
};
const TONE = { PENDING: "amber", APPROVED: "green", REJECTED: "red" } as const;
const STATUS = {
  PENDING: "Waiting for review",
  APPROVED: "Approved",
  REJECTED: "Rejected",
} as const;
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export default async function ProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("data:write", `/review/${id}`);
  const p = await getProposal(id);
  if (!p) notFound();
  const own = p.proposedById === user.id;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        eyebrow={
          <>
            <Link href="/review">Review</Link> · {ACTIONS[p.action] ?? p.action}{" "}
            {p.entityType.toLowerCase()}
          </>
        }
        title={p.title}
      >
        <Badge tone={TONE[p.status]}>{STATUS[p.status]}</Badge> Proposed by{" "}
        {own ? "you" : p.proposedByName} at {when(p.proposedAt)}.
        {p.decidedAt &&
          ` ${p.status === "APPROVED" ? "Approved" : "Rejected"} by ${p.decidedByName} at ${when(p.decidedAt)}.`}
        {p.decisionReason && ` Note: ${p.decisionReason}`}
      </PageHeader>
      {p.status === "PENDING" && own && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" role="status">
          Sent for review: another editor must approve this change before it goes live. Nothing has
          changed yet.
        </p>
      )}
      {p.status === "APPROVED" && (
        <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
          The change is live.{" "}
          <Link href={`/history/${p.entityType}/${p.entityId}`}>See its history</Link>.
        </p>
      )}
      <Card title="What changes">
        <ProposalDiff changes={p.changes} />
        {p.reason && <p className="mt-3 text-sm text-slate-700">Reason: {p.reason}</p>}
      </Card>
      <Card title="Citations">
        {p.given ? (
          <>
            <h3 className="text-sm font-medium text-slate-800">Given with this change</h3>
            <ul className="mb-3 mt-1">
              <QuoteLine quote={p.given.quote} source={p.given.source} />
            </ul>
          </>
        ) : (
          <p className="mb-3 text-sm text-slate-600">No new quote was given with this change.</p>
        )}
        <h3 className="text-sm font-medium text-slate-800">Already on the record</h3>
        {p.existing.length ? (
          <ul className="mt-1 space-y-1">
            {p.existing.map((c) => (
              <QuoteLine key={c.id} quote={c.quote} source={c.source} />
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">None yet.</p>
        )}
      </Card>
      {p.status === "PENDING" && !own && (
        <Card title="Your decision">
          <DecisionForm decide={decideProposalAction} id={p.id} />
        </Card>
      )}
    </div>
  );
}
