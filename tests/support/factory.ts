/**
 * Builders for test data. Each test file has its own database, and every builder
 * makes fresh ids, so tests never depend on each other or on the real dataset.
 */
import { randomBytes } from "node:crypto";
import { db } from "../../lib/db";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { EntityType } from "../../lib/changes/snapshot";
import { recordCreations } from "../../lib/entities";
import type {
  ConditionStatus,
  Disclosure,
  PledgeDomain,
  PledgeStatus,
  Posture,
} from "../../lib/generated/prisma/enums";

export const uid = (prefix: string) => `${prefix}-${randomBytes(5).toString("hex")}`;

let countrySeq = 0;
/** Two-letter codes from the user-assigned ISO range (QM-QZ, XA-XZ), unique per file. */
function nextCode() {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const n = countrySeq++;
  return `${"QX"[Math.floor(n / 26) % 2]}${letters[n % 26]}`;
}

export async function makeSource(text = "A test article. It says many things.") {
  return db.source.create({
    data: { id: uid("src"), title: `Test source ${uid("t")}`, text, sha256: "0".repeat(64) },
  });
}

const FACT_SOURCE_TEXT = "A test article. It says many things.";
let factSource: Promise<string> | null = null;

/**
 * A citation for a builder's fact: the given source and quote, or a source shared by
 * the file's facts. Every published fact cites a source (a database trigger checks it
 * at commit), so every builder attaches one.
 */
export async function cite(sourceId?: string, quote = "It says") {
  if (sourceId) return { create: [{ sourceId, quote }] };
  factSource ??= makeSource(FACT_SOURCE_TEXT).then((s) => s.id);
  return { create: [{ sourceId: await factSource, quote }] };
}

/** The source every builder's fact cites when given none (made on first use). */
export async function sharedSourceId() {
  return (await cite()).create[0]!.sourceId;
}

/** Many pledges at once, each with its citation, in one transaction (as the database requires). */
export async function makeBulkPledges(rows: Prisma.PledgeCreateManyInput[]) {
  const sourceId = await sharedSourceId();
  await db.$transaction([
    db.pledge.createMany({ data: rows }),
    db.citation.createMany({
      data: rows.map((r) => ({ sourceId, quote: "It says", pledgeId: r.id })),
    }),
  ]);
}

/** A justification citing the file's shared source, as a new fact's save needs. */
export async function citation(quote = "It says") {
  const { create } = await cite(undefined, quote);
  return { sourceId: create[0]!.sourceId, quote, reason: "" };
}

export async function makeCoalition() {
  const slug = uid("coalition");
  await db.coalition.create({
    data: { slug, name: "Test coalition", description: "For tests.", citations: await cite() },
  });
  return slug;
}

export async function makeCountry(
  opts: { name?: string; posture?: Posture; coalitionSlug?: string; isMember?: boolean } = {},
) {
  const code = nextCode();
  const country = await db.country.create({
    data: {
      code,
      alpha3: `${code}Z`,
      numeric: String(900 + countrySeq).slice(-3),
      name: opts.name ?? `Testland ${code}`,
      euMember: false,
      natoMember: false,
      region: "Test region",
    },
  });
  if (opts.posture && opts.coalitionSlug) {
    await db.membership.create({
      data: {
        id: uid("m"),
        coalitionSlug: opts.coalitionSlug,
        countryCode: code,
        isMember: opts.isMember ?? true,
        posture: opts.posture,
        summary: "Test posture.",
        citations: await cite(),
      },
    });
  }
  return country;
}

export async function makeCondition(
  opts: { status?: ConditionStatus; name?: string; sourceId?: string } = {},
) {
  const slug = uid("cond");
  return db.condition.create({
    data: {
      slug,
      name: opts.name ?? `Condition ${slug}`,
      description: "A test condition.",
      category: "POLITICAL",
      status: opts.status ?? "NOT_MET",
      evidence: "Test evidence.",
      citations: await cite(opts.sourceId),
    },
  });
}

export async function makePledge(opts: {
  coalitionSlug: string;
  countryCode?: string | null;
  domain?: PledgeDomain;
  status?: PledgeStatus;
  disclosure?: Disclosure;
  conditions?: string[];
  sourceId?: string;
  quote?: string;
  quantity?: number;
}) {
  return db.pledge.create({
    data: {
      id: uid("pledge"),
      coalitionSlug: opts.coalitionSlug,
      countryCode: opts.countryCode ?? null,
      domain: opts.domain ?? "LAND_FORCES",
      description: `Test pledge ${uid("d")}`,
      status: opts.status ?? "ANNOUNCED",
      disclosure: opts.disclosure ?? "OFFICIAL",
      quantity: opts.quantity ?? null,
      conditions: { create: (opts.conditions ?? []).map((conditionSlug) => ({ conditionSlug })) },
      citations: await cite(opts.sourceId, opts.quote),
    },
  });
}

export async function makeEvent(
  opts: {
    countries?: string[];
    conditions?: string[];
    occurredOn?: Date;
    sequence?: number;
    title?: string;
  } = {},
) {
  return db.event.create({
    data: {
      id: uid("event"),
      kind: "STATEMENT",
      title: opts.title ?? `Event ${uid("e")}`,
      summary: "Something was said.",
      occurredOn: opts.occurredOn ?? null,
      sequence: opts.sequence ?? 0,
      countries: { create: (opts.countries ?? []).map((countryCode) => ({ countryCode })) },
      conditions: { create: (opts.conditions ?? []).map((conditionSlug) => ({ conditionSlug })) },
      citations: await cite(),
    },
  });
}

/** Writes a CREATE history entry for a record a builder made, as the app would have. */
export async function recordHistory(type: EntityType, id: string) {
  await recordCreations(db, [[type, id]], { actor: { id: null, name: "test", email: null } });
}
