/**
 * The connections the schema engine works through: the development database and the
 * shadow databases it diffs against.
 */
import { randomUUID } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

import { BOOKKEEPING } from "../../../lib/db-lifecycle/migrate";
import { patchCatalogTypes, type PgInternals } from "./catalog-types";

/**
 * The migration-aware adapter factory the engine connects through. It owns every pool it opens,
 * and creates and drops shadow databases itself: adapter-pg's own connectToShadowDb drops the
 * database while its pool is still connected, which PostgreSQL refuses.
 */
export class MigrationConnections implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly pools = new Set<pg.Pool>();
  private readonly shadowDbs = new Set<string>();

  constructor(private readonly connectionString: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.open(this.connectionString);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    try {
      await this.admin(`CREATE DATABASE "${name}"`);
    } catch (error) {
      throw new Error(
        `Could not create the shadow database (the user needs the CREATEDB privilege): ${(error as Error).message}`,
      );
    }
    this.shadowDbs.add(name);
    const url = new URL(this.connectionString);
    url.pathname = `/${name}`;
    // Migrations may name the bookkeeping table (the app role's grants do): the shadow
    // database has it too, as every real database does.
    await this.admin(BOOKKEEPING, url.toString());
    const adapter = await this.open(url.toString());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.dropShadowDb(name);
    };
    return adapter;
  }

  /** Ends every pool and drops any shadow database the engine did not dispose of. */
  async close(): Promise<void> {
    await Promise.all([...this.pools].map((p) => this.endPool(p)));
    for (const name of this.shadowDbs) await this.dropShadowDb(name);
  }

  private async open(connectionString: string): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool({ connectionString });
    this.pools.add(pool);
    const adapter = patchCatalogTypes(await new PrismaPg(pool).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.endPool(pool);
    };
    // adapter-pg splits scripts on every ";", breaking function bodies and DO blocks in hand-edited
    // migrations; send the script whole, as the native engine does (one implicit transaction).
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        (adapter as unknown as PgInternals).onError(error);
      }
    };
    return adapter;
  }

  private async endPool(pool: pg.Pool): Promise<void> {
    if (this.pools.delete(pool)) await pool.end();
  }

  private async dropShadowDb(name: string): Promise<void> {
    if (this.shadowDbs.delete(name)) await this.admin(`DROP DATABASE IF EXISTS "${name}"`);
  }

  private async admin(sql: string, connectionString = this.connectionString): Promise<void> {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
