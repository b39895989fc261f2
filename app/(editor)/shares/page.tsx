import type { Metadata } from "next";
import {
  ExtendShareForm,
  ReissueShareForm,
  RevokeShareButton,
} from "@/components/share/share-forms";
import { Badge } from "@/components/ui/badge";
import { cell, DataTable, numericCell } from "@/components/ui/data-table";
import { Empty } from "@/components/ui/empty";
import { FilterChips } from "@/components/ui/filter-chips";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/server";
import { describeShare } from "@/lib/shares/from-url";
import { listFilterNames } from "@/lib/pledges/explorer-queries";
import { listShares, type ShareState } from "@/lib/shares/queries";
import { shareParamsSchema } from "@/lib/shares/schema";
import { extendShareAction, reissueShareAction, revokeShareAction } from "./actions";

export const metadata: Metadata = { title: "Share links" };

const STATES: (ShareState | "all")[] = ["all", "active", "expired", "revoked"];
const TONE = { active: "green", expired: "gray", revoked: "red" } as const;
const when = (d: Date | null) =>
  d ? `${d.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—";

export default async function SharesPage({
  searchParams,
}: {
  searchParams: Promise<{ state?: string }>;
}) {
  const user = await requirePagePermission("shares:manage", "/shares");
  const raw = (await searchParams).state;
  const state = STATES.includes(raw as ShareState) ? (raw as ShareState | "all") : "all";
  const [links, names] = await Promise.all([listShares(user, state), listFilterNames("internal")]);
  const all = can(user, "shares:manage-all");
  return (
    <>
      <PageHeader title="Share links">
        {all ? "Every link anyone has made (you are an admin)." : "The links you have made."} The
        address of a link is shown only once, when it is made; to hand it out again, make a new one.
      </PageHeader>
      <div className="mb-4">
        <FilterChips
          label="Show"
          chips={STATES.map((s) => ({
            label: s[0]!.toUpperCase() + s.slice(1),
            href: s === "all" ? "/shares" : `/shares?state=${s}`,
            active: state === s,
          }))}
        />
      </div>
      {links.length === 0 ? (
        <Empty>
          No links here yet. Use the Share button on the dashboard, a country, a condition or the
          pledge list.
        </Empty>
      ) : (
        <DataTable
          caption="Share links"
          columns={[
            { label: "Link" },
            { label: "Data" },
            { label: "Expires" },
            { label: "Opened", numeric: true },
            { label: "Actions" },
          ]}
        >
          {links.map((l) => {
            const params = shareParamsSchema.safeParse({ ...(l.params as object), scope: l.scope });
            return (
              <tr key={l.id} className="align-top">
                <td className={cell}>
                  <div className="font-medium text-slate-900">{l.label}</div>
                  <div className="text-xs text-slate-500">
                    {params.success
                      ? describeShare(params.data, names)
                      : "A view that can no longer be read"}{" "}
                    · made {when(l.createdAt)}
                    {all && ` by ${l.createdByName}`}
                  </div>
                  <Badge tone={TONE[l.state]}>{l.state}</Badge>
                </td>
                <td className={`${cell} text-slate-600`}>
                  {l.frozenAt ? `Frozen at ${when(l.frozenAt)}` : "Live"}
                </td>
                <td className={`${cell} text-slate-600`}>
                  {l.revokedAt
                    ? `Revoked ${when(l.revokedAt)}`
                    : l.expiresAt
                      ? when(l.expiresAt)
                      : "Never"}
                </td>
                <td className={numericCell}>
                  {l.openCount}
                  <div className="text-xs text-slate-500">
                    {l.lastOpenedAt ? `last ${when(l.lastOpenedAt)}` : "never opened"}
                  </div>
                </td>
                <td className={`${cell} space-y-2`}>
                  {l.state !== "revoked" && (
                    <>
                      <RevokeShareButton revoke={revokeShareAction} id={l.id} />
                      <ExtendShareForm extend={extendShareAction} id={l.id} />
                    </>
                  )}
                  {l.state !== "active" && (
                    <ReissueShareForm reissue={reissueShareAction} id={l.id} />
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
