/**
 * Writes a synthetic dataset in one transaction: all of it lands, or none.
 *
 * Rows go in as one JSON array per batch (`json_populate_recordset`), one statement per
 * 5,000 rows. Prisma's createMany managed 1,000-2,000 rows a second on this machine
 * (100,000 pledges with their history would take minutes); this does tens of thousands.
 * The rows are still built with Prisma's types, so a schema change breaks the build here.
 * The bulk tables' secondary indexes are dropped for the load and built again from their
 * own definitions afterwards, in the same transaction (about 12% faster here).
 * The database's check that every published fact is cited runs before the fact tables'
 * indexes are rebuilt (see below).
 */
import pg from "pg";
import { withClient } from "../../lib/db-lifecycle/connect";
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

const BULK_TABLES = ["Pledge", "PledgeCondition", "Citation", "AuditEntry"];

/** Drops the secondary indexes of the bulk tables; returns the statements that rebuild them. */
async function dropSecondaryIndexes(c: pg.Client): Promise<string[]> {
  const { rows } = await c.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
     where schemaname = 'public' and tablename = any($1)
       and indexname not in (select conname from pg_constraint)`,
    [BULK_TABLES],
  );
  for (const r of rows) await c.query(`drop index ${pg.escapeIdentifier(r.name)}`);
  return rows.map((r) => r.definition);
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
      const rebuild = await dropSecondaryIndexes(c);
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
      // Every published fact must have a citation (constraint triggers deferred to the
      // commit). Their pending checks would block CREATE INDEX on the fact tables, and
      // want the citations' indexes: rebuild those, run the checks, then the rest.
      const onCitation = (statement: string) => /ON public\."Citation"/.test(statement);
      for (const statement of rebuild.filter(onCitation)) await c.query(statement);
      await c.query("set constraints all immediate");
      for (const statement of rebuild.filter((st) => !onCitation(st))) await c.query(statement);
      await c.query("commit");
      return rows.written;
    } catch (error) {
      await rows.flush().catch(() => {});
      await c.query("rollback").catch(() => {});
      throw error;
    }
  });
}
