/**
 * The one format history is kept in. An audit entry's `after` (and `before`) is the
 * whole record as JSON: scalar columns (decimals as strings, dates as YYYY-MM-DD or ISO
 * timestamps) plus link lists (a pledge's `conditionSlugs`, an event's `countryCodes`
 * and `conditionSlugs`). Replaying the latest snapshot of every entity rebuilds the
 * dataset as it stood at any moment.
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export const ENTITY_TYPES = [
  "Source",
  "Country",
  "Coalition",
  "HeadlineFigure",
  "Membership",
  "Pledge",
  "Condition",
  "Event",
  "Requirement",
  "Provision",
  "Citation",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type Snapshot = Record<string, Prisma.JsonValue>;

type Tx = Prisma.TransactionClient | PrismaClient;

/** Columns that are calendar dates (@db.Date), kept as YYYY-MM-DD. */
const DATE_ONLY = new Set(["publishedOn", "announcedOn", "effectiveOn", "occurredOn"]);
/** Bookkeeping columns that are not part of the fact. */
const SKIP = new Set(["updatedAt", "createdAt"]);

export function toJson(record: Record<string, unknown>): Snapshot {
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(record)) {
    if (SKIP.has(key)) continue;
    if (value === null || value === undefined) out[key] = null;
    else if (value instanceof Date) out[key] = DATE_ONLY.has(key) ? value.toISOString().slice(0, 10) : value.toISOString();
    else if (typeof value === "object" && "toFixed" in (value as object)) out[key] = (value as { toString(): string }).toString();
    else out[key] = value as Prisma.JsonValue;
  }
  return out;
}

/** Loads the record as it is now (inside the caller's transaction) as a snapshot, or null. */
export async function loadSnapshot(tx: Tx, type: EntityType, id: string): Promise<Snapshot | null> {
  switch (type) {
    case "Pledge": {
      const row = await tx.pledge.findUnique({ where: { id }, include: { conditions: { select: { conditionSlug: true } } } });
      if (!row) return null;
      const { conditions, ...rest } = row;
      return { ...toJson(rest), conditionSlugs: conditions.map((c) => c.conditionSlug).sort() };
    }
    case "Event": {
      const row = await tx.event.findUnique({
        where: { id },
        include: { countries: { select: { countryCode: true } }, conditions: { select: { conditionSlug: true } } },
      });
      if (!row) return null;
      const { countries, conditions, ...rest } = row;
      return {
        ...toJson(rest),
        countryCodes: countries.map((c) => c.countryCode).sort(),
        conditionSlugs: conditions.map((c) => c.conditionSlug).sort(),
      };
    }
    case "Provision": {
      const row = await tx.provision.findUnique({
        where: { id },
        include: { conditions: { select: { conditionSlug: true } }, pledges: { select: { pledgeId: true } } },
      });
      if (!row) return null;
      const { conditions, pledges, ...rest } = row;
      return {
        ...toJson(rest),
        conditionSlugs: conditions.map((c) => c.conditionSlug).sort(),
        pledgeIds: pledges.map((p) => p.pledgeId).sort(),
      };
    }
    case "Source": return nullable(await tx.source.findUnique({ where: { id } }));
    case "Country": return nullable(await tx.country.findUnique({ where: { code: id } }));
    case "Coalition": return nullable(await tx.coalition.findUnique({ where: { slug: id } }));
    case "HeadlineFigure": return nullable(await tx.headlineFigure.findUnique({ where: { id } }));
    case "Membership": return nullable(await tx.membership.findUnique({ where: { id } }));
    case "Condition": return nullable(await tx.condition.findUnique({ where: { slug: id } }));
    case "Requirement": return nullable(await tx.requirement.findUnique({ where: { id } }));
    case "Citation": return nullable(await tx.citation.findUnique({ where: { id } }));
  }
}

function nullable(row: Record<string, unknown> | null): Snapshot | null {
  return row ? toJson(row) : null;
}

/** The key of a snapshot: the column its entity type is identified by. */
export function idOf(type: EntityType, snapshot: Snapshot): string {
  const key = type === "Country" ? "code" : type === "Condition" || type === "Coalition" ? "slug" : "id";
  return String(snapshot[key]);
}
