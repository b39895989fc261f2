/**
 * Writes a synthetic dataset in one transaction: all of it lands, or none.
 *
 * Rows go in as one JSON array per batch (`json_populate_recordset`), one statement per
 * 5,000 rows. Prisma's createMany managed 1,000-2,000 rows a second on this machine
 * (100,000 pledges with their history would take minutes); this does tens of thousands.
 * The rows are still built with Prisma's types, so a schema change breaks the build here.
 */
import pg from "pg";
import { withClient } from "../db-lifecycle/connect";
import type { PledgeChunk } from "./pledges";
import type { World } from "./world";

const BATCH = 5000;

/**
 * Sends inserts one after another on one connection, but builds the next batch's JSON
 * (and the next chunk of pledges) while PostgreSQL is still writing the previous one.
 */
class Inserter {
  private pending: Promise<unknown> = Promise.resolve();
  constructor(private c: pg.Client) {}

  /** Queues `rows` for `table`; the keys of the first row name the columns. */
  async insert(table: string, rows: object[]) {
    if (!rows.length) return;
    const columns = Object.keys(rows[0]!)
      .map((k) => pg.escapeIdentifier(k))
      .join(", ");
    const target = pg.escapeIdentifier(table);
    const sql = `insert into ${target} (${columns}) select ${columns} from json_populate_recordset(null::${target}, $1::json)`;
    for (let i = 0; i < rows.length; i += BATCH) {
      // Dates serialise as UTC ISO strings, decimals as strings, history snapshots as JSON.
      const json = JSON.stringify(rows.slice(i, i + BATCH));
      await this.pending;
      this.pending = this.c.query(sql, [json]);
      // Awaited before the next batch or in flush(); this only keeps Node from calling it unhandled meanwhile.
      this.pending.catch(() => {});
    }
  }

  flush() {
    return this.pending;
  }
}

export async function writeSynthetic(url: string, world: World, chunks: Iterable<PledgeChunk>) {
  const t = world.tables;
  const counts = {
    pledges: 0,
    pledgeConditions: 0,
    citations: t.citations.length,
    auditEntries: t.audit.length,
  };
  await withClient(url, async (c) => {
    await c.query("begin");
    const rows = new Inserter(c);
    try {
      // Parents before children, as the foreign keys want them.
      const world: [string, object[]][] = [
        ["Source", t.sources],
        ["Country", t.countries],
        ["Coalition", t.coalition],
        ["HeadlineFigure", t.figures],
        ["Membership", t.memberships],
        ["Condition", t.conditions],
        ["Requirement", t.requirements],
        ["Event", t.events],
        ["EventCountry", t.eventCountries],
        ["EventCondition", t.eventConditions],
        ["Citation", t.citations],
        ["AuditEntry", t.audit],
      ];
      for (const [table, list] of world) await rows.insert(table, list);
      for (const chunk of chunks) {
        await rows.insert("Pledge", chunk.pledges);
        await rows.insert("PledgeCondition", chunk.links);
        await rows.insert("Citation", chunk.citations);
        await rows.insert("AuditEntry", chunk.audit);
        counts.pledges += chunk.pledges.length;
        counts.pledgeConditions += chunk.links.length;
        counts.citations += chunk.citations.length;
        counts.auditEntries += chunk.audit.length;
      }
      await rows.flush();
      await c.query("commit");
    } catch (error) {
      await rows.flush().catch(() => {});
      await c.query("rollback").catch(() => {});
      throw error;
    }
  });
  return {
    sources: t.sources.length,
    countries: t.countries.length,
    memberships: t.memberships.length,
    conditions: t.conditions.length,
    requirements: t.requirements.length,
    events: t.events.length,
    ...counts,
  };
}

export type Counts = Awaited<ReturnType<typeof writeSynthetic>>;
