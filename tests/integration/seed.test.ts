import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createClient } from "@/lib/db-lifecycle/prepare";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CITATION_KEY } from "@/lib/changes/write";
import { PLEDGES } from "../../prisma/seed/data";
import { isSeeded, seedDatabase } from "../../prisma/seed/seed";
import { createDatabaseFrom, dropDatabase } from "../support/server";

// The real dataset gets a database of its own: its fixed ids must not meet test data.
const serverUrl = inject("serverUrl");
const name = `${inject("runId")}_seed`;
let client: PrismaClient;

beforeAll(async () => {
  client = createClient(await createDatabaseFrom(serverUrl, name, inject("templateDb")));
  await seedDatabase(client);
});

afterAll(async () => {
  await client.$disconnect();
  await dropDatabase(serverUrl, name);
});

describe("the real dataset", () => {
  it("attaches at least one citation to every fact", async () => {
    const counts = await Promise.all([
      client.coalition.findMany({
        select: { slug: true, _count: { select: { citations: true } } },
      }),
      client.headlineFigure.findMany({
        select: { id: true, _count: { select: { citations: true } } },
      }),
      client.membership.findMany({ select: { id: true, _count: { select: { citations: true } } } }),
      client.pledge.findMany({ select: { id: true, _count: { select: { citations: true } } } }),
      client.condition.findMany({
        select: { slug: true, _count: { select: { citations: true } } },
      }),
      client.event.findMany({ select: { id: true, _count: { select: { citations: true } } } }),
      client.requirement.findMany({
        select: { id: true, _count: { select: { citations: true } } },
      }),
    ]);
    const uncited = counts.flat().filter((f) => f._count.citations === 0);
    expect(uncited).toEqual([]);
    expect(counts.flat().length).toBeGreaterThan(30);
  });

  it("gives every published fact of every type that carries citations a non-empty quote", async () => {
    const checked: string[] = [];
    for (const [type, key] of Object.entries(CITATION_KEY)) {
      const idColumn = type === "Condition" || type === "Coalition" ? "slug" : "id";
      const published =
        type === "HeadlineFigure" || type === "Coalition" ? "true" : `f."published"`;
      const facts = await client.$queryRawUnsafe<{ id: string; quoted: boolean }[]>(
        `select f."${idColumn}" as id,
           exists (select 1 from "Citation" c where c."${key}" = f."${idColumn}" and btrim(c."quote") <> '') as quoted
         from "${type}" f where ${published}`,
      );
      expect(facts.length, type).toBeGreaterThan(0);
      expect(facts.filter((f) => !f.quoted).map((f) => `${type} ${f.id}`)).toEqual([]);
      checked.push(type);
    }
    expect(checked.sort()).toEqual([
      "Coalition",
      "Condition",
      "Event",
      "HeadlineFigure",
      "Membership",
      "Pledge",
      "Provision",
      "Requirement",
    ]);
  });

  it("quotes every citation verbatim from its source, in the source's own characters", async () => {
    const citations = await client.citation.findMany({
      select: { quote: true, source: { select: { text: true } } },
    });
    // Exact, so the source page's highlighting finds every quote.
    const misquoted = citations.filter((c) => !c.source.text.includes(c.quote));
    expect(misquoted.map((c) => c.quote)).toEqual([]);
  });

  it("names no quantity or amount: no source states one", async () => {
    // Every seeded pledge is checked, and there are as many as the data file lists.
    const pledges = await client.pledge.findMany({
      select: { id: true, quantity: true, amount: true },
    });
    expect(PLEDGES.length).toBeGreaterThan(0);
    expect(pledges).toHaveLength(PLEDGES.length);
    expect(
      pledges.filter((p) => p.quantity !== null || p.amount !== null).map((p) => p.id),
    ).toEqual([]);
  });

  it("keeps the 26 mostly undisclosed: only the publicly named countries are committed", async () => {
    const ready = await client.headlineFigure.findUniqueOrThrow({
      where: { id: "ready-to-deploy" },
    });
    expect(Number(ready.value)).toBe(26);
    const named = await client.membership.findMany({
      where: { posture: "COMMITTED", isMember: true },
      select: { countryCode: true },
    });
    expect(named.map((m) => m.countryCode).sort()).toEqual(["FR", "GB"]);
    const anonymous = await client.pledge.findMany({ where: { countryCode: null } });
    expect(anonymous.length).toBeGreaterThan(0);
    for (const p of anonymous) {
      expect(p.disclosure).toBe("UNDISCLOSED");
      expect(p.pledgerNote).toBeTruthy();
      expect(p.quantity).toBeNull();
    }
  });

  it("records the source's questionable title for Rutte as disputed, not corrected", async () => {
    const rutte = await client.event.findUniqueOrThrow({
      where: { id: "e-rutte" },
      include: { citations: true },
    });
    expect(rutte.disputeNote).toMatch(/NATO Secretary General/);
    expect(rutte.citations[0]?.quote).toContain("Dutch Prime Minister Mark Rutte");
  });

  it("is all-or-nothing: a second seed fails and changes nothing", async () => {
    expect(await isSeeded(client)).toBe(true);
    const before = await client.citation.count();
    await expect(seedDatabase(client)).rejects.toThrow();
    expect(await client.citation.count()).toBe(before);
  });

  it("refuses a citation attached to no fact or to two", async () => {
    await expect(
      client.citation.create({ data: { sourceId: "after-the-summit", quote: "Paris" } }),
    ).rejects.toThrow();
    await expect(
      client.citation.create({
        data: {
          sourceId: "after-the-summit",
          quote: "Paris",
          pledgeId: "p-fr-forces",
          eventId: "e-putin",
        },
      }),
    ).rejects.toThrow();
  });
});
