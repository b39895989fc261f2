import type { PrismaClient } from "../../lib/generated/prisma/client";

/** What every chaos section gets: a production server on loopback and its own database. */
export type ChaosContext = {
  /** The server's address, e.g. http://127.0.0.1:3740 (loopback only). */
  base: string;
  /** The database the server uses (throw-away, seeded with the real dataset). */
  databaseUrl: string;
  db: PrismaClient;
  /** Cookie header of a signed-in admin (admins may do everything editors may). */
  cookie: string;
  /** fast-check seed: the same seed generates the same inputs. */
  seed: number;
  /** How many generated inputs a section should try (it may scale it). */
  runs: number;
  log: (line: string) => void;
  /** The repository root, for sections that start servers of their own. */
  root: string;
};

/**
 * A section's measurements, printed as they are. `failures` is the one every section
 * reports: anything above 0 (a 500, a bad row, a lost save) makes `npm run chaos` fail.
 */
export type Figures = { failures: number } & Record<string, number | string>;

export type ChaosSection = { name: string; run: (ctx: ChaosContext) => Promise<Figures> };
