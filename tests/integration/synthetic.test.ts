import { beforeAll, describe, expect, inject, it } from "vitest";
import { withClient, withDatabase } from "@/lib/db-lifecycle/connect";
import { createClient } from "@/lib/db-lifecycle/prepare";
import type { EntityType } from "@/lib/changes/snapshot";
import { loadSnapshot } from "@/lib/entities";
import { generateSyntheticData } from "@/scripts/synthetic/generate";
import { BANNER, SYNTHETIC_ACTOR, TAG, TITLE_PREFIX } from "@/scripts/synthetic/labels";

// This file's own migrated, empty database (tests/support/per-file.ts).
const url = process.env.DATABASE_URL!;
const db = createClient(url);
const PLEDGES = 300;

beforeAll(async () => {
  await generateSyntheticData({ url, pledges: PLEDGES, seed: 11 });
  return () => db.$disconnect();
});

const withCitations = { _count: { select: { citations: true } } } as const;

describe("synthetic data", () => {
  it("has exactly the pledges asked for, spread over domains, statuses and disclosures", async () => {
    expect(await db.pledge.count()).toBe(PLEDGES);
    const [domains, statuses, disclosures] = await Promise.all([
      db.pledge.groupBy({ by: ["domain"], _count: true }),
      db.pledge.groupBy({ by: ["status"], _count: true }),
      db.pledge.groupBy({ by: ["disclosure"], _count: true }),
    ]);
    expect(domains.length).toBeGreaterThan(8);
    expect(statuses.length).toBeGreaterThan(4);
    expect(disclosures).toHaveLength(4);
    expect(await db.country.count()).toBeGreaterThanOrEqual(40);
    expect(await db.condition.count()).toBeGreaterThanOrEqual(10);
    expect(await db.event.count()).toBeGreaterThanOrEqual(200);
  });

  it("backs every fact with a citation whose quote is in its source", async () => {
    const facts = await Promise.all([
      db.coalition.findMany({ select: { slug: true, ...withCitations } }),
      db.headlineFigure.findMany({ select: { id: true, ...withCitations } }),
      db.membership.findMany({ select: { id: true, ...withCitations } }),
      db.pledge.findMany({ select: { id: true, ...withCitations } }),
      db.condition.findMany({ select: { slug: true, ...withCitations } }),
      db.event.findMany({ select: { id: true, ...withCitations } }),
      db.requirement.findMany({ select: { id: true, ...withCitations } }),
    ]);
    expect(facts.flat().filter((f) => f._count.citations === 0)).toEqual([]);
    const citations = await db.citation.findMany({
      select: { id: true, quote: true, source: { select: { text: true } } },
    });
    expect(citations.filter((c) => !c.source.text.includes(c.quote)).map((c) => c.id)).toEqual([]);
  });

  it("names no quantity or sum that its quote does not contain", async () => {
    const pledges = await db.pledge.findMany({
      select: { id: true, quantity: true, amount: true, citations: { select: { quote: true } } },
    });
    const stated = pledges.filter((p) => p.quantity !== null || p.amount !== null);
    expect(stated.length).toBeGreaterThan(PLEDGES / 2);
    for (const p of stated) {
      const digits = Number((p.quantity ?? p.amount)!.toString()).toString();
      expect(
        p.citations.some((c) => c.quote.replaceAll(",", "").includes(digits)),
        p.id,
      ).toBe(true);
    }
  });

  it("labels everything synthetic", async () => {
    const [sources, coalitions, figures, memberships, pledges, conditions, events, requirements] =
      await Promise.all([
        db.source.findMany({ select: { title: true, text: true } }),
        db.coalition.findMany({ select: { name: true, description: true } }),
        db.headlineFigure.findMany({ select: { label: true } }),
        db.membership.findMany({ select: { summary: true } }),
        db.pledge.findMany({ select: { description: true, pledgerNote: true, disputeNote: true } }),
        db.condition.findMany({ select: { description: true, evidence: true } }),
        db.event.findMany({ select: { title: true, summary: true, disputeNote: true } }),
        db.requirement.findMany({ select: { description: true } }),
      ]);
    for (const s of sources) {
      expect(s.title.startsWith(TITLE_PREFIX), s.title).toBe(true);
      expect(s.text.startsWith(BANNER)).toBe(true);
    }
    expect(coalitions.map((c) => c.name.startsWith(TITLE_PREFIX))).toEqual([true]);
    const texts = [
      ...coalitions.map((c) => c.description),
      ...figures.map((f) => f.label),
      ...memberships.map((m) => m.summary),
      ...pledges.flatMap((p) => [p.description, p.pledgerNote, p.disputeNote]),
      ...conditions.flatMap((c) => [c.description, c.evidence]),
      ...events.flatMap((e) => [e.title, e.summary, e.disputeNote]),
      ...requirements.map((r) => r.description),
    ].filter((t): t is string => t !== null);
    expect(texts.filter((t) => !t.startsWith(TAG))).toEqual([]);
    const foreignAudit = await db.auditEntry.count({
      where: {
        OR: [
          { actorName: { not: SYNTHETIC_ACTOR.name } },
          { NOT: { reason: { startsWith: TAG } } },
        ],
      },
    });
    expect(foreignAudit).toBe(0);
  });

  it("keeps history in the app's format: the latest entry of each record is the record as it stands", async () => {
    const latest = await db.auditEntry.findMany({
      where: {
        entityType: { in: ["Pledge", "Membership", "Condition", "Event", "Source", "Requirement"] },
      },
      distinct: ["entityType", "entityId"],
      orderBy: [{ entityType: "asc" }, { entityId: "asc" }, { at: "desc" }],
      select: { entityType: true, entityId: true, after: true },
    });
    expect(latest.length).toBeGreaterThan(PLEDGES);
    for (const entry of latest) {
      expect(
        await loadSnapshot(db, entry.entityType as EntityType, entry.entityId),
        `${entry.entityType} ${entry.entityId}`,
      ).toEqual(entry.after);
    }
  });

  it("has status changes over time, each UPDATE carrying the state before it", async () => {
    const updates = await db.auditEntry.findMany({
      where: { entityType: "Pledge", action: "UPDATE" },
      select: { entityId: true, at: true, before: true, after: true },
    });
    expect(updates.length).toBeGreaterThan(PLEDGES / 10);
    for (const u of updates) {
      const before = u.before as { status: string; version: number };
      const after = u.after as { status: string; version: number };
      expect(after.status).not.toBe(before.status);
      expect(after.version).toBe(before.version + 1);
    }
    const years = new Set(updates.map((u) => u.at.getUTCFullYear()));
    expect([...years].sort()).toEqual([2025, 2026]);
  });

  it("leaves every index as the migrations made it (they are dropped for the load and rebuilt)", async () => {
    const indexes = (databaseUrl: string) =>
      withClient(databaseUrl, async (c) => {
        const { rows } = await c.query<{ indexname: string; indexdef: string }>(
          `select indexname, indexdef from pg_indexes where schemaname = 'public' order by indexname`,
        );
        return rows;
      });
    const migrated = await indexes(withDatabase(inject("serverUrl"), inject("templateDb")));
    expect(migrated.length).toBeGreaterThan(30);
    expect(await indexes(url)).toEqual(migrated);
  });
});
