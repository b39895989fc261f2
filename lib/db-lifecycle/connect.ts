import pg from "pg";

/** Where the URL points, without its password: safe to print. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${u.username}@` : ""}${u.host}${u.pathname}`;
  } catch {
    return "(unparseable URL)";
  }
}

/** Runs `fn` with a short-lived client; connection errors propagate. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function canConnect(url: string): Promise<boolean> {
  try {
    await withClient(url, (c) => c.query("select 1"));
    return true;
  } catch {
    return false;
  }
}

/** Returns a copy of `url` pointing at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates the URL's database if the server lacks it (connecting via "postgres"). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) return false;
  return withClient(withDatabase(url, "postgres"), async (c) => {
    const found = await c.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount) return false;
    await c.query(`create database ${pg.escapeIdentifier(name)}`);
    return true;
  });
}
