import "server-only";
import { db } from "@/lib/db";
import { SYNTHETIC_COALITION_SLUG as COALITION_SLUG } from "@/lib/labels";

let synthetic: Promise<boolean> | null = null;

/**
 * Whether the app is serving the generated dataset (`npm run db:synthetic`'s database)
 * rather than the real one. Asked once per process: the generator refuses a database
 * that holds the real dataset, so the answer only changes with DATABASE_URL.
 */
export function isSyntheticDataset(): Promise<boolean> {
  synthetic ??= db.coalition.count({ where: { slug: COALITION_SLUG } }).then((n) => n > 0);
  synthetic.catch(() => (synthetic = null));
  return synthetic;
}
