import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withClient } from "@/lib/db-lifecycle/connect";
import { datasetAt } from "@/lib/changes/replay";
import { makeCoalition, makePledge, makeSource, recordHistory, uid } from "../support/factory";

/** Runs statements in one transaction of plain SQL, as any writer outside the app could. */
async function sql(...statements: string[]) {
  await db.$transaction(async (tx) => {
    for (const s of statements) await tx.$executeRawUnsafe(s);
  });
}

const pledgeRow = (id: string, coalition: string, published: boolean) =>
  `insert into "Pledge" (id, "coalitionSlug", domain, description, status, disclosure, published, "updatedAt")
   values ('${id}', '${coalition}', 'AIR', 'Plain SQL pledge', 'ANNOUNCED', 'OFFICIAL', ${published}, now())`;
const citationRow = (pledgeId: string, sourceId: string) =>
  `insert into "Citation" (id, "sourceId", quote, "pledgeId") values ('${uid("c")}', '${sourceId}', 'It says', '${pledgeId}')`;

describe("the database refuses a published fact without citation", () => {
  it("even written by plain SQL, checked at commit so the citation may follow the fact", async () => {
    const coalition = await makeCoalition();
    const source = await makeSource();
    const bare = uid("pledge");
    await expect(sql(pledgeRow(bare, coalition, true))).rejects.toThrow(
      /Every published fact cites a source/,
    );
    expect(await db.pledge.count({ where: { id: bare } })).toBe(0);

    const cited = uid("pledge");
    await sql(pledgeRow(cited, coalition, true), citationRow(cited, source.id));
    expect(await db.pledge.count({ where: { id: cited } })).toBe(1);

    // A draft may wait for its citation; publishing it may not.
    const draft = uid("pledge");
    await sql(pledgeRow(draft, coalition, false));
    await expect(sql(`update "Pledge" set published = true where id = '${draft}'`)).rejects.toThrow(
      /has no citation/,
    );
    expect((await db.pledge.findUniqueOrThrow({ where: { id: draft } })).published).toBe(false);
  });

  it("refuses taking a published fact's last citation away, but not deleting the fact with it", async () => {
    const coalition = await makeCoalition();
    const source = await makeSource();
    const pledge = await makePledge({ coalitionSlug: coalition, sourceId: source.id });
    await expect(sql(`delete from "Citation" where "pledgeId" = '${pledge.id}'`)).rejects.toThrow(
      /leaves Pledge .* with none/,
    );
    await expect(db.citation.deleteMany({ where: { pledgeId: pledge.id } })).rejects.toThrow(
      /with none/,
    );
    expect(await db.citation.count({ where: { pledgeId: pledge.id } })).toBe(1);

    const other = await makePledge({ coalitionSlug: coalition, sourceId: source.id });
    await expect(
      sql(`update "Citation" set "pledgeId" = '${other.id}' where "pledgeId" = '${pledge.id}'`),
    ).rejects.toThrow(/with none/);

    await sql(`delete from "Pledge" where id = '${pledge.id}'`);
    expect(await db.citation.count({ where: { pledgeId: pledge.id } })).toBe(0);
  });

  it("covers every kind of fact: figures and the coalition too", async () => {
    const coalition = await makeCoalition();
    await expect(
      sql(
        `insert into "HeadlineFigure" (id, "coalitionSlug", label, value, unit, "updatedAt") values ('${uid("f")}', '${coalition}', 'ready', 26, 'countries', now())`,
      ),
    ).rejects.toThrow(/HeadlineFigure .* has no citation/);
    await expect(
      sql(
        `insert into "Coalition" (slug, name, description, "updatedAt") values ('${uid("co")}', 'Bare', 'No source', now())`,
      ),
    ).rejects.toThrow(/Coalition .* has no citation/);
    for (const [table, row] of [
      [
        "Condition",
        `(slug, name, description, category, status, evidence, "updatedAt") values ('${uid("c")}', 'C', 'D', 'LEGAL', 'NOT_MET', 'E', now())`,
      ],
      [
        "Event",
        `(id, kind, title, summary, sequence, "updatedAt") values ('${uid("e")}', 'STATEMENT', 'T', 'S', 1, now())`,
      ],
      [
        "Requirement",
        `(id, "coalitionSlug", domain, description, "updatedAt") values ('${uid("r")}', '${coalition}', 'AIR', 'D', now())`,
      ],
    ]) {
      await expect(sql(`insert into "${table}" ${row}`)).rejects.toThrow(
        new RegExp(`${table} .* has no citation`),
      );
    }
  });
});

describe("data written before the rule (migration 20261201100000)", () => {
  it("unpublishes facts published without a citation, and tidies old field lists, each with a history entry", async () => {
    const coalition = await makeCoalition();
    const cited = await makePledge({ coalitionSlug: coalition });
    await recordHistory("Pledge", cited.id);
    // What the old code allowed: a published pledge with no citation, and its history.
    const bare = uid("pledge");
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("set local session_replication_role = replica");
      await tx.$executeRawUnsafe(pledgeRow(bare, coalition, true));
    });
    await recordHistory("Pledge", bare);
    // Field lists as the old code recorded them: a creation's columns, an edit's with "version".
    const creation = await db.citation.findFirstOrThrow({ where: { pledgeId: cited.id } });
    await db.citation.update({
      where: { id: creation.id },
      data: { field: "id, coalitionSlug, domain, description" },
    });
    await recordHistory("Citation", creation.id);
    const edit = await db.citation.create({
      data: {
        sourceId: creation.sourceId,
        quote: "It says",
        field: "version, status",
        pledgeId: cited.id,
      },
    });
    await recordHistory("Citation", edit.id);

    const file = path.resolve(
      import.meta.dirname,
      "../../prisma/migrations/20261201100000_tidy_uncited_facts/migration.sql",
    );
    await withClient(process.env.DATABASE_URL!, (c) => c.query(readFileSync(file, "utf8")));

    expect(await db.pledge.findUniqueOrThrow({ where: { id: bare } })).toMatchObject({
      published: false,
      version: 2,
    });
    expect(await db.pledge.findUniqueOrThrow({ where: { id: cited.id } })).toMatchObject({
      published: true,
      version: 1,
    });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entityId: bare },
      orderBy: { id: "desc" },
    });
    expect(entry).toMatchObject({
      action: "UPDATE",
      actorName: "Guarantor migration",
      reason: expect.stringMatching(/cited no source/),
    });
    expect((await datasetAt(db, null)).Pledge.get(bare)).toMatchObject({
      published: false,
      version: 2,
      description: "Plain SQL pledge",
    });
    expect(await db.auditEntry.count({ where: { entityId: cited.id } })).toBe(1);

    expect((await db.citation.findUniqueOrThrow({ where: { id: creation.id } })).field).toBeNull();
    expect((await db.citation.findUniqueOrThrow({ where: { id: edit.id } })).field).toBe("status");
    const now = await datasetAt(db, null);
    expect(now.Citation.get(creation.id)).toMatchObject({ field: null });
    expect(now.Citation.get(edit.id)).toMatchObject({ field: "status" });
  });
});
