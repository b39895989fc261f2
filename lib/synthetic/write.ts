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
  /** Rows written so far, by table. */
  readonly written: Record<string, number> = {};
  constructor(private c: pg.Client) {}

  /** Queues `rows` for `table`; the keys of the first row name the columns. */
  async insert(table: string, rows: object[]) {
    if (!rows.length) return;
    this.written[table] = (this.written[table] ?? 0) + rows.length;
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

export async function writeSynthetic(
  url: string,
  world: World,
  chunks: Iterable<PledgeChunk>,
): Promise<Record<string, number>> {
  const t = world.tables;
  return withClient(url, async (c) => {
    await c.query("begin");
    const rows = new Inserter(c);
    try {
      // Parents before children, as the foreign keys want them.
      const parents: [string, object[]][] = [
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
      for (const [table, list] of parents) await rows.insert(table, list);
      for (const chunk of chunks) {
        await rows.insert("Pledge", chunk.pledges);
        await rows.insert("PledgeCondition", chunk.links);
        await rows.insert("Citation", chunk.citations);
        await rows.insert("AuditEntry", chunk.audit);
      }
      await rows.flush();
      await c.query("commit");
      return rows.written;
    } catch (error) {
      await rows.flush().catch(() => {});
      await c.query("rollback").catch(() => {});
      throw error;
    }
  });
}
