import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { SEED_ACTOR } from "../../lib/changes/audit";
import { ENTITY_TYPES, type EntityType, type RecordType } from "../../lib/changes/snapshot";
import { recordCreations } from "../../lib/entities";
import {
  COALITION,
  CONDITIONS,
  COUNTRIES,
  EVENTS,
  FIGURES,
  MEMBERSHIPS,
  PLEDGES,
  REQUIREMENTS,
  SOURCES,
  type Cite,
} from "./data";
import { FRAMEWORK, PROVISIONS } from "./framework";

const SOURCES_DIR = path.resolve(import.meta.dirname, "sources");

export function readSourceText(fileName: string): string {
  return readFileSync(path.join(SOURCES_DIR, fileName), "utf8");
}

const citations = (list: Cite[]) => ({
  create: list.map((c) => ({ sourceId: c.source, quote: c.quote, field: c.field ?? null })),
});

/** True once the real dataset is in (the seed is all-or-nothing, so sources suffice). */
export async function isSeeded(db: PrismaClient): Promise<boolean> {
  return (await db.source.count()) > 0;
}

/** Loads the real dataset in one transaction: either all of it lands or none. */
export async function seedDatabase(db: PrismaClient): Promise<void> {
  await db.$transaction(
    async (tx) => {
      for (const s of SOURCES) {
        const text = readSourceText(s.fileName);
        await tx.source.create({
          data: {
            id: s.id,
            title: s.title,
            fileName: s.fileName,
            text,
            sha256: createHash("sha256").update(text).digest("hex"),
          },
        });
      }
      await tx.country.createMany({ data: COUNTRIES });
      await tx.coalition.create({
        data: { ...COALITION, citations: citations(COALITION.citations) },
      });
      for (const [i, f] of FIGURES.entries()) {
        await tx.headlineFigure.create({
          data: {
            id: f.id,
            coalitionSlug: COALITION.slug,
            label: f.label,
            qualifier: f.qualifier ?? null,
            value: f.value,
            unit: f.unit,
            sortOrder: i,
            citations: citations(f.citations),
          },
        });
      }
      for (const m of MEMBERSHIPS) {
        await tx.membership.create({
          data: {
            id: m.id,
            coalitionSlug: COALITION.slug,
            countryCode: m.countryCode,
            isMember: m.isMember,
            posture: m.posture,
            summary: m.summary,
            conditionsInOwnWords: m.conditionsInOwnWords ?? null,
            citations: citations(m.citations),
          },
        });
      }
      for (const [i, c] of CONDITIONS.entries()) {
        await tx.condition.create({
          data: { ...c, sortOrder: i, citations: citations(c.citations) },
        });
      }
      for (const p of PLEDGES) {
        await tx.pledge.create({
          data: {
            id: p.id,
            coalitionSlug: COALITION.slug,
            countryCode: p.countryCode ?? null,
            pledgerNote: p.pledgerNote ?? null,
            domain: p.domain,
            description: p.description,
            quantity: p.quantity ?? null,
            unit: p.unit ?? null,
            status: p.status,
            disclosure: p.disclosure,
            disputeNote: p.disputeNote ?? null,
            citations: citations(p.citations),
            conditions: { create: p.conditions.map((conditionSlug) => ({ conditionSlug })) },
          },
        });
      }
      for (const r of REQUIREMENTS) {
        await tx.requirement.create({
          data: {
            id: r.id,
            coalitionSlug: COALITION.slug,
            domain: r.domain,
            description: r.description,
            citations: citations(r.citations),
          },
        });
      }
      for (const [i, e] of EVENTS.entries()) {
        await tx.event.create({
          data: {
            id: e.id,
            kind: e.kind,
            title: e.title,
            summary: e.summary,
            sequence: i,
            location: e.location ?? null,
            disputeNote: e.disputeNote ?? null,
            citations: citations(e.citations),
            countries: { create: e.countries.map((countryCode) => ({ countryCode })) },
            conditions: { create: e.conditions.map((conditionSlug) => ({ conditionSlug })) },
          },
        });
      }
      await createFramework(tx);
      await recordSeedHistory(tx);
    },
    { timeout: 60_000 },
  );
}

/** One CREATE entry per seeded record, so history and as-of views start from the seed. */
async function recordSeedHistory(tx: Prisma.TransactionClient) {
  const ids: Record<EntityType, () => Promise<string[]>> = {
    Source: async () => (await tx.source.findMany({ select: { id: true } })).map((r) => r.id),
    Country: async () => (await tx.country.findMany({ select: { code: true } })).map((r) => r.code),
    Coalition: async () =>
      (await tx.coalition.findMany({ select: { slug: true } })).map((r) => r.slug),
    HeadlineFigure: async () =>
      (await tx.headlineFigure.findMany({ select: { id: true } })).map((r) => r.id),
    Membership: async () =>
      (await tx.membership.findMany({ select: { id: true } })).map((r) => r.id),
    Condition: async () =>
      (await tx.condition.findMany({ select: { slug: true } })).map((r) => r.slug),
    Pledge: async () => (await tx.pledge.findMany({ select: { id: true } })).map((r) => r.id),
    Event: async () => (await tx.event.findMany({ select: { id: true } })).map((r) => r.id),
    Requirement: async () =>
      (await tx.requirement.findMany({ select: { id: true } })).map((r) => r.id),
    Provision: async () => (await tx.provision.findMany({ select: { id: true } })).map((r) => r.id),
    Citation: async () => (await tx.citation.findMany({ select: { id: true } })).map((r) => r.id),
  };
  const records: [EntityType, string][] = [];
  for (const type of ENTITY_TYPES) for (const id of await ids[type]()) records.push([type, id]);
  await recordCreations(tx, records, {
    actor: SEED_ACTOR,
    at: new Date(),
    reason: "Seeded from the project's source articles",
  });
}

/** The framework's provisions, all quoted from the second article. */
async function createFramework(tx: Prisma.TransactionClient) {
  await tx.framework.create({ data: FRAMEWORK });
  for (const [i, p] of PROVISIONS.entries()) {
    await tx.provision.create({
      data: {
        id: p.id,
        frameworkSlug: FRAMEWORK.slug,
        name: p.name,
        description: p.description,
        status: p.status,
        sortOrder: i,
        citations: citations(p.citations),
        conditions: { create: p.conditions.map((conditionSlug) => ({ conditionSlug })) },
      },
    });
  }
}

/**
 * Adds the framework to a database seeded before it existed (the real dataset only: a
 * synthetic database has no such source), with a history entry per record it creates.
 * Returns whether it added anything.
 */
export async function seedFrameworkIfMissing(db: PrismaClient): Promise<boolean> {
  if ((await db.framework.count()) > 0) return false;
  if (!(await db.source.findUnique({ where: { id: FRAMEWORK.sourceId }, select: { id: true } })))
    return false;
  await db.$transaction(async (tx) => {
    await createFramework(tx);
    const provisions = await tx.provision.findMany({
      select: { id: true, citations: { select: { id: true } } },
    });
    const records = provisions.flatMap((p): [RecordType, string][] => [
      ["Provision", p.id],
      ...p.citations.map((c): [RecordType, string] => ["Citation", c.id]),
    ]);
    await recordCreations(tx, records, {
      actor: SEED_ACTOR,
      at: new Date(),
      reason: "Seeded from the project's source articles",
    });
  });
  return true;
}
