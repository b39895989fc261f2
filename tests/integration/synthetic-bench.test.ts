import pg from "pg";
import { describe, expect, it } from "vitest";
import { createClient } from "@/lib/db-lifecycle/prepare";
import { countingProxy } from "../../scripts/lib/bench-sql";

// The benchmark's SQL-per-request figure rests on this count being exact.
describe("the benchmark's SQL counter", () => {
  it("counts every statement sent through it, and nothing else", async () => {
    const proxy = await countingProxy(process.env.DATABASE_URL!);
    const client = new pg.Client({ connectionString: proxy.url });
    try {
      await client.connect();
      expect(proxy.statements()).toBe(0);
      await client.query("select 1");
      await client.query("select $1::int + $2::int as n", [1, 2]);
      const long = "x".repeat(200_000); // a message larger than one network chunk
      const { rows } = await client.query("select length($1::text) as n", [long]);
      expect(rows[0].n).toBe(200_000);
      expect(proxy.statements()).toBe(3);
    } finally {
      await client.end();
      await proxy.close();
    }
  });

  it("counts what Prisma runs, a transaction's BEGIN and COMMIT included", async () => {
    const proxy = await countingProxy(process.env.DATABASE_URL!);
    const db = createClient(proxy.url);
    try {
      await db.pledge.count();
      const afterOne = proxy.statements();
      await Promise.all([db.country.findMany(), db.condition.findMany(), db.event.count()]);
      await db.$transaction([db.source.count(), db.requirement.count()]);
      expect(afterOne).toBe(1);
      expect(proxy.statements()).toBe(1 + 3 + 4);
    } finally {
      await db.$disconnect();
      await proxy.close();
    }
  });
});
