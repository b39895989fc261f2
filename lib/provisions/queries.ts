import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { ProvisionStatus } from "@/lib/generated/prisma/enums";
import type { Snapshot } from "@/lib/changes/snapshot";
import { isLookupKey } from "@/lib/security/safe-text";
import { citationSelect } from "@/lib/sources/select";
import { publishedWhere, type Visibility } from "@/lib/visibility";

const provisionSelect = (visibility: Visibility) =>
  ({
    id: true,
    name: true,
    description: true,
    status: true,
    published: true,
    version: true,
    internalNote: visibility === "internal",
    citations: citationSelect,
    conditions: {
      where: { condition: publishedWhere(visibility) },
      select: { condition: { select: { slug: true, name: true, status: true } } },
      orderBy: { conditionSlug: "asc" },
    },
    pledges: {
      where: { pledge: publishedWhere(visibility) },
      select: {
        pledge: {
          select: { id: true, description: true, country: { select: { code: true, name: true } } },
        },
      },
      orderBy: { pledgeId: "asc" },
    },
  }) as const;

export function listFrameworks(visibility: Visibility = "public") {
  return db.framework.findMany({
    select: {
      slug: true,
      name: true,
      description: true,
      provisions: { where: publishedWhere(visibility), select: { status: true } },
    },
    orderBy: { slug: "asc" },
  });
}

/** A framework with its provisions, their quotes, links and status over time. */
export const getFramework = cache(async function getFramework(
  slug: string,
  visibility: Visibility = "public",
) {
  if (!isLookupKey(slug)) return null;
  const framework = await db.framework.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      description: true,
      source: { select: { id: true, title: true, published: true } },
      provisions: {
        where: publishedWhere(visibility),
        select: provisionSelect(visibility),
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!framework) return null;
  const history = await statusHistory(
    framework.provisions.map((p) => p.id),
    visibility,
  );
  return {
    ...framework,
    provisions: framework.provisions.map((p) => ({ ...p, history: history.get(p.id) ?? [] })),
  };
});

export type FrameworkDetail = NonNullable<Awaited<ReturnType<typeof getFramework>>>;

export type StatusStep = {
  status: ProvisionStatus;
  /** When it was recorded, and when it happened where the source says. */
  at: Date;
  happenedOn: Date | null;
  quote: string | null;
  sourceId: string | null;
};

/**
 * Each provision's status over time, replayed from the history: one step per change of
 * status (the first is the status it was recorded with). The public sees the states
 * that were published only.
 */
async function statusHistory(
  ids: string[],
  visibility: Visibility,
): Promise<Map<string, StatusStep[]>> {
  const rows = ids.length
    ? await db.auditEntry.findMany({
        where: { entityType: "Provision", entityId: { in: ids } },
        orderBy: { id: "asc" },
        select: {
          entityId: true,
          at: true,
          happenedOn: true,
          after: true,
          citationQuote: true,
          citationSourceId: true,
        },
      })
    : [];
  const steps = new Map<string, StatusStep[]>();
  for (const r of rows) {
    const after = r.after as Snapshot | null;
    if (!after || (visibility === "public" && after.published === false)) continue;
    const list = steps.get(r.entityId) ?? [];
    const status = after.status as ProvisionStatus;
    if (list.at(-1)?.status !== status) {
      list.push({
        status,
        at: r.at,
        happenedOn: r.happenedOn,
        quote: r.citationQuote,
        sourceId: r.citationSourceId,
      });
    }
    steps.set(r.entityId, list);
  }
  return steps;
}

/** What the edit form starts from. */
export async function getProvisionForEdit(id: string) {
  if (!isLookupKey(id)) return null;
  return db.provision.findUnique({
    where: { id },
    select: {
      id: true,
      frameworkSlug: true,
      name: true,
      description: true,
      status: true,
      published: true,
      version: true,
      internalNote: true,
      conditions: { select: { conditionSlug: true } },
      pledges: { select: { pledgeId: true } },
    },
  });
}
