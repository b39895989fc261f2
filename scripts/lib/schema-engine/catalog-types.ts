/**
 * Patches for the PostgreSQL catalog types adapter-pg does not map, applied only to the
 * schema engine's own connections.
 */
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlQueryable,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

/** adapter-pg 7.10 internals used below (the version is pinned). */
export interface PgInternals {
  performIO(query: SqlQuery): Promise<{ fields: { dataTypeID: number }[]; rows: unknown[][] }>;
  onError(error: unknown): never;
}

const CHAR_OID = 18; // "char": pg_constraint.contype, pg_class.relkind, ...
const NAME_ARRAY_OID = 1003;
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
// text[]'s parser is registered, though pg-types' TypeId only lists scalar types.
const parseTextArray = pg.types.getTypeParser(
  TEXT_ARRAY_OID as Parameters<typeof pg.types.getTypeParser>[0],
  "text",
) as (text: string) => string[];
const charColumnsByRows = new WeakMap<unknown[][], number[]>();

/**
 * adapter-pg 7.10 rejects the catalog column types `"char"` and `name[]` that the engine reads
 * when it describes a database. Only this process's adapters are patched, never the app's: pg's
 * result is relabelled as text / text[] before adapter-pg maps it, then `"char"` columns are
 * handed to the engine as Character, which it requires for single-letter codes.
 */
export function patchCatalogTypes<T extends SqlQueryable>(queryable: T): T {
  const internals = queryable as unknown as PgInternals;
  const performIO = internals.performIO.bind(queryable);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        charColumns.push(i);
      } else if (field.dataTypeID === NAME_ARRAY_OID) {
        field.dataTypeID = TEXT_ARRAY_OID;
        for (const row of result.rows)
          row[i] = row[i] === null ? null : parseTextArray(String(row[i]));
      }
    });
    if (charColumns.length > 0) charColumnsByRows.set(result.rows, charColumns);
    return result;
  };

  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const i of charColumnsByRows.get(resultSet.rows) ?? [])
      resultSet.columnTypes[i] = ColumnTypeEnum.Character;
    return resultSet;
  };

  const adapter = queryable as unknown as Partial<SqlDriverAdapter>;
  const startTransaction = adapter.startTransaction?.bind(adapter);
  if (startTransaction) {
    adapter.startTransaction = async (isolationLevel) =>
      patchCatalogTypes<Transaction>(await startTransaction(isolationLevel));
  }
  return queryable;
}
