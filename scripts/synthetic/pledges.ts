/**
 * Synthetic pledges, made in chunks so that 100,000 of them (with their condition
 * links, citations and history) never sit in memory at once.
 */
import type { Faker } from "@faker-js/faker";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Disclosure, PledgeDomain, PledgeStatus } from "../../lib/generated/prisma/enums";
import { PLEDGE_STATUSES } from "../../lib/labels";
import { addDays, during, laterMoments, randomDay, WINDOW_END, WINDOW_START } from "./calendar";
import { citationsOf, type CitationRow } from "./citations";
import { historyOf, snapshotOf, type AuditRow, type State } from "./history";
import { COALITION_SLUG, tagged } from "./labels";
import { CODENAME_WORDS, DOMAIN_SCALES, LIFECYCLE } from "./vocabulary";
import { amountText, dec } from "./tables";
import type { World } from "./world";

export type PledgeChunk = {
  pledges: Required<Prisma.PledgeCreateManyInput>[];
  links: Prisma.PledgeConditionCreateManyInput[];
  citations: CitationRow[];
  audit: AuditRow[];
};

const DOMAIN_WEIGHTS: Record<PledgeDomain, number> = {
  LAND_FORCES: 14,
  AIR: 10,
  MARITIME: 8,
  DEMINING: 8,
  TRAINING: 12,
  LOGISTICS: 10,
  MEDICAL: 7,
  AIR_SURVEILLANCE: 6,
  ENGINEERING: 7,
  FUNDING_RECONSTRUCTION: 10,
  CAPABILITY_BUILDING: 6,
  FORCES_UNSPECIFIED: 2,
};
const DISCLOSURES = [
  { weight: 45, value: "OFFICIAL" as const },
  { weight: 35, value: "REPORTED" as const },
  { weight: 12, value: "UNDISCLOSED" as const },
  { weight: 8, value: "DISPUTED" as const },
];
const ANONYMOUS_DOMAINS: PledgeDomain[] = ["LAND_FORCES", "AIR", "MARITIME", "FORCES_UNSPECIFIED"];
const ACTIVE = new Set<PledgeStatus>(["CONFIRMED", "DEPLOYING", "DEPLOYED", "FULFILLED"]);
const LAST_ANNOUNCEMENT = new Date("2026-09-30T00:00:00Z");

export function* pledgeChunks(
  f: Faker,
  world: World,
  total: number,
  size: number,
): Generator<PledgeChunk> {
  const pledgers = world.pledgers.map((p) => ({ weight: p.weight, value: p }));
  for (let start = 0; start < total; start += size) {
    const chunk: PledgeChunk = { pledges: [], links: [], citations: [], audit: [] };
    for (let i = start; i < Math.min(total, start + size); i++)
      addPledge(f, world, pledgers, i, chunk);
    yield chunk;
  }
}

function addPledge(
  f: Faker,
  world: World,
  pledgers: { weight: number; value: World["pledgers"][number] }[],
  index: number,
  out: PledgeChunk,
) {
  const pledger = f.datatype.boolean(0.05) ? null : f.helpers.weightedArrayElement(pledgers);
  const domains = pledger?.domains ?? ANONYMOUS_DOMAINS;
  const domain = f.helpers.weightedArrayElement(
    domains.map((d) => ({ weight: DOMAIN_WEIGHTS[d], value: d })),
  );
  const scale = DOMAIN_SCALES[domain];
  const disclosure: Disclosure = pledger
    ? f.helpers.weightedArrayElement(DISCLOSURES)
    : "UNDISCLOSED";
  const value =
    pledger && disclosure !== "UNDISCLOSED" && scale.ladder.length && f.datatype.boolean(0.85)
      ? f.helpers.arrayElement(scale.ladder)
      : null;
  const cite = world.quote(pledger?.code ?? null, domain, value);
  const path = statusPath(f, domain);
  const announcedOn = randomDay(f, addDays(WINDOW_START, 6), LAST_ANNOUNCEMENT);
  const createdAt = during(f, announcedOn);
  const moments = [createdAt, ...laterMoments(f, createdAt, WINDOW_END, path.length - 1)];
  const conditionSlugs = (
    path.includes("CONDITIONAL")
      ? f.helpers.arrayElements(world.conditionSlugs, { min: 1, max: 3 })
      : f.datatype.boolean(0.15)
        ? [f.helpers.arrayElement(world.conditionSlugs)]
        : []
  ).sort();
  const final = path.at(-1)!;
  const effectiveOn =
    ACTIVE.has(final) && f.datatype.boolean(0.6)
      ? addDays(announcedOn, f.number.int({ min: 30, max: 240 }))
      : null;
  const who = pledger?.name ?? "Unnamed members";
  const what = value === null ? "an undisclosed contribution" : amountText(domain, value);
  const codename = `${f.helpers.arrayElement(CODENAME_WORDS.first)} ${f.helpers.arrayElement(CODENAME_WORDS.second)}`;
  const id = `syn-p-${String(index + 1).padStart(7, "0")}`;

  const base = {
    id,
    coalitionSlug: COALITION_SLUG,
    countryCode: pledger?.code ?? null,
    pledgerNote: pledger ? null : tagged("Members that asked not to be named."),
    domain,
    description: tagged(`${who}: ${what} for ${scale.noun} (package “${codename}”).`),
    quantity: value !== null && !scale.money ? dec(value) : null,
    unit: value !== null && !scale.money ? scale.unit : null,
    amount: value !== null && scale.money ? dec(value) : null,
    currency: value !== null && scale.money ? "EUR" : null,
    disclosure,
    disputeNote:
      disclosure === "DISPUTED"
        ? tagged("A second synthetic briefing gives a different figure.")
        : null,
    announcedOn,
    effectiveUntil: null,
    published: true,
    internalNote: null,
  };
  const states: State[] = path.map((status, k) => {
    const row = {
      ...base,
      status,
      effectiveOn: k === path.length - 1 ? effectiveOn : null,
      version: k + 1,
      updatedAt: moments[k]!,
    };
    if (k === path.length - 1) out.pledges.push(row);
    const reason =
      k === 0
        ? undefined
        : tagged(
            `${PLEDGE_STATUSES[path[k - 1]!].label} → ${PLEDGE_STATUSES[status].label} in a later synthetic report.`,
          );
    return {
      snapshot: snapshotOf(row, { conditionSlugs }),
      at: moments[k]!,
      citation: cite,
      reason,
    };
  });
  out.audit.push(...historyOf("Pledge", states));
  out.links.push(...conditionSlugs.map((conditionSlug) => ({ pledgeId: id, conditionSlug })));
  const citations = citationsOf({ pledgeId: id }, `syn-c-${id}`, [cite], moments[0]!);
  out.citations.push(...citations.rows);
  out.audit.push(...citations.audit);
}

/** The statuses a pledge went through, oldest first; about a third changed at least once. */
function statusPath(f: Faker, domain: PledgeDomain): PledgeStatus[] {
  const money = DOMAIN_SCALES[domain].money;
  // Funding is fulfilled, not deployed; forces are deployed, not fulfilled.
  const lifecycle: PledgeStatus[] = LIFECYCLE.filter((s) =>
    money ? !["DEPLOYING", "DEPLOYED"].includes(s) : s !== "FULFILLED",
  );
  const weights = money ? [25, 30, 25, 20] : [20, 32, 20, 10, 10];
  if (f.datatype.boolean(0.07)) {
    const before = f.helpers.arrayElement(lifecycle.slice(0, -1));
    return f.datatype.boolean(0.6) ? [before, "WITHDRAWN"] : ["WITHDRAWN"];
  }
  const k = f.helpers.weightedArrayElement(weights.map((weight, i) => ({ weight, value: i })));
  const earlier =
    k > 0 && f.datatype.boolean(0.3)
      ? f.helpers.arrayElements(lifecycle.slice(0, k), { min: 1, max: Math.min(3, k) })
      : [];
  earlier.sort((a, b) => lifecycle.indexOf(a) - lifecycle.indexOf(b));
  return [...earlier, lifecycle[k]!];
}
