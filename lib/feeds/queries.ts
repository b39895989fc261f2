import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { diffSnapshots } from "@/lib/changes/diff";
import { labelChanges, loadChangeNames } from "@/lib/changes/change-labels";
import type { EntityType, Snapshot } from "@/lib/changes/snapshot";
import { isPublicState, labelOf, RELEASED_TYPES } from "@/lib/releases/changelog";
import { COUNTRY_CODE, SLUG } from "@/lib/codes";

/** What a feed follows: everything, one country, or one condition. */
export type FeedScope =
  { kind: "all" } | { kind: "country"; code: string } | { kind: "condition"; slug: string };

export const FEED_LIMIT = 50;

type Row = {
  id: bigint;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  before: Snapshot | null;
  after: Snapshot | null;
  reason: string | null;
  citationSourceId: string | null;
  citationQuote: string | null;
  happenedOn: Date | null;
};

function scopeSql(scope: FeedScope) {
  const state = Prisma.sql`COALESCE(a."after", a."before")`;
  if (scope.kind === "country") {
    const code = scope.code;
    return Prisma.sql`AND (
      (a."entityType" = 'Country' AND a."entityId" = ${code})
      OR (a."entityType" IN ('Pledge', 'Membership') AND (a."after" ->> 'countryCode' = ${code} OR a."before" ->> 'countryCode' = ${code}))
      OR (a."entityType" = 'Event' AND ${state} -> 'countryCodes' @> to_jsonb(${code}::text)))`;
  }
  if (scope.kind === "condition") {
    const slug = scope.slug;
    return Prisma.sql`AND (
      (a."entityType" = 'Condition' AND a."entityId" = ${slug})
      OR (a."entityType" IN ('Pledge', 'Event') AND (${state} -> 'conditionSlugs' @> to_jsonb(${slug}::text)
        OR a."before" -> 'conditionSlugs' @> to_jsonb(${slug}::text))))`;
  }
  return Prisma.empty;
}

export type FeedEntry = {
  id: string;
  at: Date;
  happenedOn: Date | null;
  kind: "added" | "changed" | "retracted";
  type: string;
  entityId: string;
  label: string;
  changes: string[];
  reason: string | null;
  citation: {
    sourceId: string;
    quote: string;
    citationId: string | null;
    sourceTitle: string;
  } | null;
};

/**
 * The latest published changes, newest first. An entry is public when the record was
 * public before or after it: a draft's edits never appear, and a retraction (deletion or
 * withdrawal to draft) shows the record as it was published, never the draft.
 */
export async function listFeedEntries(scope: FeedScope, limit = FEED_LIMIT): Promise<FeedEntry[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT a."id", a."at", a."action"::text AS "action", a."entityType", a."entityId", a."before", a."after",
      a."reason", a."citationSourceId", a."citationQuote", a."happenedOn"
    FROM "AuditEntry" a
    WHERE a."entityType" IN (${Prisma.join(RELEASED_TYPES)})
      AND (COALESCE((a."after" ->> 'published')::boolean, a."after" IS NOT NULL)
        OR COALESCE((a."before" ->> 'published')::boolean, a."before" IS NOT NULL))
      ${scopeSql(scope)}
    ORDER BY a."id" DESC
    LIMIT ${limit}`;
  const sources = await db.source.findMany({
    where: {
      id: {
        in: [...new Set(rows.flatMap((r) => (r.citationSourceId ? [r.citationSourceId] : [])))],
      },
      published: true,
    },
    select: { id: true, title: true, citations: { select: { id: true, quote: true } } },
  });
  const byId = new Map(sources.map((s) => [s.id, s]));
  const shown = rows.map((r) => {
    const was = isPublicState(r.before);
    const is = isPublicState(r.after);
    const kind = !was ? ("added" as const) : !is ? ("retracted" as const) : ("changed" as const);
    return {
      r,
      kind,
      changes:
        kind === "changed"
          ? diffSnapshots(r.before, r.after).filter(
              (c) => !["internalNote", "published"].includes(c.field),
            )
          : [],
    };
  });
  const names = await loadChangeNames(
    db,
    shown.flatMap((s) => s.changes),
  );
  return shown.map(({ r, kind, changes }) => {
    // A quote from a draft source stays out, as on the pages.
    const source = r.citationSourceId ? byId.get(r.citationSourceId) : undefined;
    return {
      id: r.id.toString(),
      at: r.at,
      happenedOn: r.happenedOn,
      kind,
      type: r.entityType,
      entityId: r.entityId,
      label: labelOf(r.entityType, kind === "retracted" ? r.before : r.after, r.entityId),
      changes: labelChanges(r.entityType as EntityType, changes, names).map(
        (c) => `${c.field}: ${c.from ?? "—"} → ${c.to ?? "—"}`,
      ),
      reason: r.reason,
      citation: source
        ? {
            sourceId: source.id,
            sourceTitle: source.title,
            quote: r.citationQuote ?? "",
            citationId: source.citations.find((c) => c.quote === r.citationQuote)?.id ?? null,
          }
        : null,
    };
  });
}

/** What a feed is called, or null when there is nothing published to follow there (a 404). */
export async function getFeedTarget(
  scope: FeedScope,
): Promise<{ title: string; pagePath: string } | null> {
  if (scope.kind === "all") return { title: "Guarantor — published changes", pagePath: "/" };
  if (scope.kind === "country") {
    if (!COUNTRY_CODE.test(scope.code)) return null;
    const country = await db.country.findUnique({
      where: { code: scope.code },
      select: { name: true },
    });
    return (
      country && {
        title: `Guarantor — changes for ${country.name}`,
        pagePath: `/countries/${scope.code}`,
      }
    );
  }
  if (!SLUG.test(scope.slug)) return null;
  const condition = await db.condition.findFirst({
    where: { slug: scope.slug, published: true },
    select: { name: true },
  });
  return (
    condition && {
      title: `Guarantor — changes for the condition “${condition.name}”`,
      pagePath: `/conditions/${scope.slug}`,
    }
  );
}
