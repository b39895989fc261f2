import "server-only";
import { db } from "@/lib/db";
import { markDatabaseDown, markDatabaseUp } from "@/lib/health/database-state";

export async function getHealth(): Promise<{ ok: boolean; database: "up" | "down" }> {
  try {
    await db.$queryRaw`select 1`;
    markDatabaseUp();
    return { ok: true, database: "up" };
  } catch {
    markDatabaseDown();
    return { ok: false, database: "down" };
  }
}
