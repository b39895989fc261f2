/**
 * What must hold in the database whatever was sent to the app: every fact row passes
 * the zod schema its form is validated with, every published fact cites a source, and
 * every row is what its latest audit entry says it is (no unaudited write).
 */
import type { z } from "zod";
import { conditionSchema } from "../../lib/conditions/schema";
import { eventSchema } from "../../lib/events/schema";
import { figureSchema } from "../../lib/figures/schema";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { datasetAt } from "../../lib/changes/replay";
import type { EntityType } from "../../lib/changes/snapshot";
import { loadSnapshot } from "../../lib/entities";
import { postureSchema } from "../../lib/postures/schema";
import { pledgeSchema } from "../../lib/pledges/schema";
import { requirementSchema } from "../../lib/requirements/schema";
import { sourceSchema } from "../../lib/sources/schema";

export type Invariants = {
  invalidRows: number;
  uncitedPublished: number;
  unaudited: number;
  problems: string[];
};

/** JSON with sorted keys: PostgreSQL's jsonb keeps its own key order. */
const canonical = (v: unknown): string =>
  v && typeof v === "object" && !Array.isArray(v)
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
        .join(",")}}`
    : Array.isArray(v)
      ? `[${v.map(canonical).join(",")}]`
      : JSON.stringify(v);

const text = (v: unknown) =>
  v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

async function invalidRows(db: PrismaClient, problems: string[]) {
  const check = (what: string, schema: z.ZodType, rows: { id: string; values: unknown }[]) =>
    rows.filter((r) => {
      const result = schema.safeParse(r.values);
      if (!result.success)
        problems.push(
          `${what} ${r.id}: ${result.error.issues[0]?.path.join(".")} ${result.error.issues[0]?.message}`,
        );
      return !result.success;
    }).length;
  const pledges = await db.pledge.findMany({
    include: { conditions: { select: { conditionSlug: true } } },
  });
  const events = await db.event.findMany({ include: { countries: true, conditions: true } });
  return (
    check(
      "Pledge",
      pledgeSchema,
      pledges.map((p) => ({
        id: p.id,
        values: {
          ...p,
          countryCode: text(p.countryCode),
          pledgerNote: text(p.pledgerNote),
          quantity: text(p.quantity),
          unit: text(p.unit),
          disputeNote: text(p.disputeNote),
          announcedOn: text(p.announcedOn),
          effectiveOn: text(p.effectiveOn),
          effectiveUntil: text(p.effectiveUntil),
          internalNote: text(p.internalNote),
          conditionSlugs: p.conditions.map((c) => c.conditionSlug),
        },
      })),
    ) +
    check(
      "Event",
      eventSchema,
      events.map((e) => ({
        id: e.id,
        values: {
          ...e,
          occurredOn: text(e.occurredOn),
          location: text(e.location),
          disputeNote: text(e.disputeNote),
          internalNote: text(e.internalNote),
          countryCodes: e.countries.map((c) => c.countryCode),
          conditionSlugs: e.conditions.map((c) => c.conditionSlug),
        },
      })),
    ) +
    check(
      "Condition",
      conditionSchema,
      (await db.condition.findMany()).map((c) => ({
        id: c.slug,
        values: { ...c, internalNote: text(c.internalNote) },
      })),
    ) +
    check(
      "Membership",
      postureSchema,
      (await db.membership.findMany()).map((m) => ({
        id: m.id,
        values: {
          ...m,
          conditionsInOwnWords: text(m.conditionsInOwnWords),
          internalNote: text(m.internalNote),
        },
      })),
    ) +
    check(
      "Requirement",
      requirementSchema,
      (await db.requirement.findMany()).map((r) => ({
        id: r.id,
        values: { ...r, quantity: text(r.quantity), unit: text(r.unit) },
      })),
    ) +
    check(
      "HeadlineFigure",
      figureSchema,
      (await db.headlineFigure.findMany()).map((f) => ({
        id: f.id,
        values: { ...f, qualifier: text(f.qualifier), value: text(f.value) },
      })),
    ) +
    check(
      "Source",
      sourceSchema,
      (await db.source.findMany()).map((s) => ({
        id: s.id,
        values: {
          ...s,
          publisher: text(s.publisher),
          publishedOn: text(s.publishedOn),
          url: text(s.url),
        },
      })),
    )
  );
}

async function uncitedPublished(db: PrismaClient, problems: string[]) {
  const none = { citations: { none: {} } };
  const found = [
    ...(
      await db.pledge.findMany({ where: { published: true, ...none }, select: { id: true } })
    ).map((r) => `Pledge ${r.id}`),
    ...(
      await db.condition.findMany({ where: { published: true, ...none }, select: { slug: true } })
    ).map((r) => `Condition ${r.slug}`),
    ...(await db.event.findMany({ where: { published: true, ...none }, select: { id: true } })).map(
      (r) => `Event ${r.id}`,
    ),
    ...(
      await db.membership.findMany({ where: { published: true, ...none }, select: { id: true } })
    ).map((r) => `Membership ${r.id}`),
    ...(
      await db.requirement.findMany({ where: { published: true, ...none }, select: { id: true } })
    ).map((r) => `Requirement ${r.id}`),
    ...(await db.headlineFigure.findMany({ where: none, select: { id: true } })).map(
      (r) => `HeadlineFigure ${r.id}`,
    ),
  ];
  problems.push(...found.map((f) => `${f}: published without a citation`));
  return found.length;
}

/** Rows whose current state is not their latest audit entry's snapshot. */
async function unaudited(db: PrismaClient, problems: string[]) {
  const history = await datasetAt(db, null);
  const types: EntityType[] = [
    "Pledge",
    "Condition",
    "Event",
    "Membership",
    "Requirement",
    "HeadlineFigure",
    "Source",
  ];
  const ids = {
    Pledge: (await db.pledge.findMany({ select: { id: true } })).map((r) => r.id),
    Condition: (await db.condition.findMany({ select: { slug: true } })).map((r) => r.slug),
    Event: (await db.event.findMany({ select: { id: true } })).map((r) => r.id),
    Membership: (await db.membership.findMany({ select: { id: true } })).map((r) => r.id),
    Requirement: (await db.requirement.findMany({ select: { id: true } })).map((r) => r.id),
    HeadlineFigure: (await db.headlineFigure.findMany({ select: { id: true } })).map((r) => r.id),
    Source: (await db.source.findMany({ select: { id: true } })).map((r) => r.id),
  } as Record<EntityType, string[]>;
  let count = 0;
  for (const type of types) {
    for (const id of ids[type]) {
      const now = await loadSnapshot(db, type, id);
      if (canonical(now) !== canonical(history[type].get(id) ?? null)) {
        count++;
        problems.push(`${type} ${id}: differs from its latest audit entry`);
      }
    }
    // A record the audit log says exists but the table does not have was deleted without an entry.
    for (const id of history[type].keys()) {
      if (!ids[type].includes(id)) {
        count++;
        problems.push(`${type} ${id}: in the audit log but gone without a DELETE entry`);
      }
    }
  }
  return count;
}

export async function checkInvariants(db: PrismaClient): Promise<Invariants> {
  const problems: string[] = [];
  return {
    invalidRows: await invalidRows(db, problems),
    uncitedPublished: await uncitedPublished(db, problems),
    unaudited: await unaudited(db, problems),
    problems,
  };
}
