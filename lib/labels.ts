/**
 * What every enum value means, in one place: badges, filters and the methodology
 * page all read from here, so the words users see never drift apart.
 */
import type {
  ConditionCategory,
  ConditionStatus,
  Disclosure,
  EventKind,
  PledgeDomain,
  PledgeStatus,
  Posture,
  ProvisionStatus,
} from "@/lib/generated/prisma/enums";

// The enums' types, for components (which never import Prisma) and anyone reading labels.
export type {
  ConditionCategory,
  ConditionStatus,
  Disclosure,
  EventKind,
  PledgeDomain,
  PledgeStatus,
  Posture,
};

export type Tone = "green" | "blue" | "amber" | "red" | "gray" | "violet";
export type Meaning = { label: string; description: string; tone: Tone };

export const POSTURES: Record<Posture, Meaning> = {
  COMMITTED: {
    label: "Committed to deploy",
    tone: "green",
    description:
      "Has said publicly it is ready to deploy forces once the framework's conditions are met.",
  },
  CONSIDERING: {
    label: "Considering",
    tone: "blue",
    description: "Has said it would consider a contribution, without committing.",
  },
  CONDITIONAL: {
    label: "Conditional",
    tone: "amber",
    description: "Ties any decision to named conditions it has set out itself.",
  },
  SUPPORT_ONLY: {
    label: "Support only",
    tone: "violet",
    description: "Offers support (funding, training, equipment) but no forces in Ukraine.",
  },
  DECLINED: {
    label: "Declined",
    tone: "gray",
    description: "Has said it will not contribute forces.",
  },
  OPPOSED: {
    label: "Opposed",
    tone: "red",
    description: "Opposes the deployment of foreign forces in Ukraine.",
  },
  UNDISCLOSED: {
    label: "Undisclosed",
    tone: "gray",
    description: "Takes part, but its position has not been made public.",
  },
};

export const DOMAINS: Record<PledgeDomain, Meaning> = {
  LAND_FORCES: {
    label: "Land forces",
    tone: "green",
    description: "Ground troops, battlegroups, brigades.",
  },
  AIR: { label: "Air", tone: "blue", description: "Combat air, air policing, airlift." },
  MARITIME: {
    label: "Maritime",
    tone: "blue",
    description: "Naval patrols and maritime security, e.g. in the Black Sea.",
  },
  DEMINING: {
    label: "Demining",
    tone: "amber",
    description: "Mine clearance teams and equipment.",
  },
  TRAINING: {
    label: "Training",
    tone: "violet",
    description: "Training Ukrainian forces, in Ukraine or abroad.",
  },
  LOGISTICS: {
    label: "Logistics",
    tone: "gray",
    description: "Transport, supply and sustainment.",
  },
  MEDICAL: { label: "Medical", tone: "red", description: "Medical units and evacuation." },
  AIR_SURVEILLANCE: {
    label: "Air surveillance",
    tone: "blue",
    description: "Airborne or ground-based monitoring of the airspace.",
  },
  ENGINEERING: {
    label: "Engineering",
    tone: "amber",
    description: "Engineers for infrastructure, ports and power grids.",
  },
  FUNDING_RECONSTRUCTION: {
    label: "Funding & reconstruction",
    tone: "violet",
    description: "Money and reconstruction support.",
  },
  CAPABILITY_BUILDING: {
    label: "Capability building",
    tone: "violet",
    description: "Rebuilding and bolstering Ukraine's own armed forces.",
  },
  FORCES_UNSPECIFIED: {
    label: "Forces (domain undisclosed)",
    tone: "gray",
    description:
      "Readiness to deploy forces where the source does not say on land, at sea or in the air.",
  },
};

export const PLEDGE_STATUSES: Record<PledgeStatus, Meaning> = {
  ANNOUNCED: {
    label: "Announced",
    tone: "blue",
    description: "Stated publicly; no conditions attached and nothing yet delivered.",
  },
  CONDITIONAL: {
    label: "Conditional",
    tone: "amber",
    description: "Stated, but only to take effect once named conditions are met.",
  },
  CONFIRMED: {
    label: "Confirmed",
    tone: "green",
    description:
      "Formally confirmed by the contributing government (decision, law, signed agreement).",
  },
  DEPLOYING: {
    label: "Deploying",
    tone: "green",
    description: "Forces or assets are on their way.",
  },
  DEPLOYED: {
    label: "Deployed",
    tone: "green",
    description: "In place in Ukraine or its waters/airspace.",
  },
  FULFILLED: {
    label: "Fulfilled",
    tone: "green",
    description: "Delivered in full (for one-off pledges such as funding).",
  },
  WITHDRAWN: { label: "Withdrawn", tone: "red", description: "Taken back by the contributor." },
};

export const DISCLOSURES: Record<Disclosure, Meaning> = {
  OFFICIAL: {
    label: "Official",
    tone: "green",
    description: "Stated on the record by the government or a named official.",
  },
  REPORTED: {
    label: "Reported",
    tone: "blue",
    description: "Reported by media or unnamed officials; not confirmed on the record.",
  },
  UNDISCLOSED: {
    label: "Undisclosed",
    tone: "gray",
    description:
      "The pledge is known to exist, but who makes it, or how much, has not been made public.",
  },
  DISPUTED: {
    label: "Disputed",
    tone: "red",
    description:
      "The source says it, but it conflicts with other information; see the dispute note.",
  },
};

export const CONDITION_CATEGORIES: Record<ConditionCategory, Meaning> = {
  CEASEFIRE: { label: "Ceasefire", tone: "blue", description: "The end of hostilities." },
  SECURITY: {
    label: "Security arrangements",
    tone: "blue",
    description: "Withdrawals, zones and verification on the ground.",
  },
  POLITICAL: {
    label: "Political",
    tone: "violet",
    description: "The political settlement itself.",
  },
  LEGAL: {
    label: "Legal",
    tone: "violet",
    description: "The mandate and legal basis for deployments.",
  },
  HUMANITARIAN: {
    label: "Humanitarian",
    tone: "amber",
    description: "Access and protection for humanitarian work.",
  },
  EXTERNAL_BACKING: {
    label: "External backing",
    tone: "gray",
    description: "Guarantees from outside the coalition, such as a US backstop.",
  },
  ACCOUNTABILITY: {
    label: "Accountability",
    tone: "red",
    description: "Investigating and answering attacks on civilians and aid workers.",
  },
};

export const CONDITION_STATUSES: Record<ConditionStatus, Meaning> = {
  NOT_MET: {
    label: "Not met",
    tone: "red",
    description: "Not in place; no source reports it met.",
  },
  IN_PROGRESS: {
    label: "In progress",
    tone: "amber",
    description: "Being worked on, with concrete steps reported.",
  },
  MET: { label: "Met", tone: "green", description: "In place, according to a cited source." },
  BREACHED: { label: "Breached", tone: "red", description: "Was met, then violated." },
};

/** The Peace Accords Matrix's implementation scale, with a stage before agreement. */
export const PROVISION_STATUSES: Record<ProvisionStatus, Meaning> = {
  UNDER_CONSIDERATION: {
    label: "Under consideration",
    tone: "gray",
    description: "Proposed in the negotiations; not agreed.",
  },
  NOT_STARTED: {
    label: "Not started",
    tone: "red",
    description: "Agreed, with no step taken to implement it.",
  },
  MINIMAL: {
    label: "Minimal",
    tone: "amber",
    description: "Implementation has begun, with little done.",
  },
  INTERMEDIATE: {
    label: "Intermediate",
    tone: "blue",
    description: "Well under way, but not complete.",
  },
  FULL: {
    label: "Full",
    tone: "green",
    description: "Implemented in full, according to a cited source.",
  },
};

export const EVENT_KINDS: Record<EventKind, Meaning> = {
  SUMMIT: { label: "Summit", tone: "violet", description: "A meeting of leaders." },
  STATEMENT: {
    label: "Statement",
    tone: "blue",
    description: "A public statement by a government, official or institution.",
  },
  INCIDENT: {
    label: "Incident",
    tone: "red",
    description: "Something that happened on the ground.",
  },
  DECISION: {
    label: "Decision",
    tone: "green",
    description: "A formal decision by a government or body.",
  },
  DIPLOMACY: { label: "Diplomacy", tone: "gray", description: "Calls, talks and negotiations." },
};

/** The values of a label table, in declaration order, typed. */
export function keysOf<K extends string>(table: Record<K, Meaning>): K[] {
  return Object.keys(table) as K[];
}

/**
 * Parses a URL parameter into one of a table's keys, or null. People type `air`,
 * `Land-forces` or `land forces` as often as `LAND_FORCES`: case, spaces and dashes
 * do not matter.
 */
export function parseKey<K extends string>(table: Record<K, unknown>, value: unknown): K | null {
  if (typeof value !== "string") return null;
  const key = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  return Object.hasOwn(table, key) ? (key as K) : null;
}

/** "Land forces (LAND_FORCES), Air (AIR), …": a table's values as a person reads them, with the code to type. */
export function acceptedValues<K extends string>(table: Record<K, Meaning>): string {
  return keysOf(table)
    .map((k) => `${table[k].label} (${k})`)
    .join(", ");
}

/** A fact's columns in words, for saying what a quote backs. Columns not listed are never shown. */
const FIELD_WORDS: Record<string, string> = {
  posture: "posture",
  isMember: "membership",
  summary: "summary",
  conditionsInOwnWords: "conditions in its own words",
  countryCode: "country",
  country: "country",
  pledgerNote: "who pledges",
  domain: "domain",
  description: "description",
  quantity: "quantity",
  unit: "unit",
  amount: "amount",
  currency: "currency",
  status: "status",
  disclosure: "disclosure",
  disputeNote: "dispute note",
  announcedOn: "announcement date",
  effectiveOn: "effective date",
  effectiveUntil: "end date",
  conditionSlugs: "conditions",
  conditions: "conditions",
  name: "name",
  category: "category",
  evidence: "evidence",
  kind: "kind",
  title: "title",
  occurredOn: "date",
  location: "place",
  countryCodes: "countries",
  label: "label",
  qualifier: "qualifier",
  value: "number",
  names: "who is named",
};

/** Columns only a creation sets: a citation listing one backs the whole fact. */
const CREATION_ONLY = new Set(["id", "slug", "code", "sequence", "sortOrder", "coalitionSlug"]);

/**
 * What a citation's quote backs, in words ("status and description"), from its stored
 * `field` list; null when it backs the whole fact (a creation's quote) or nothing
 * readable is left.
 */
export function citationBacks(field: string | null | undefined): string | null {
  if (!field) return null;
  const keys = field
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
  if (keys.some((k) => CREATION_ONLY.has(k))) return null;
  const words = [...new Set(keys.map((k) => FIELD_WORDS[k]).filter((w): w is string => !!w))];
  if (!words.length) return null;
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** The generated dataset's coalition (`npm run db:synthetic`): the app banners a database that holds it. */
export const SYNTHETIC_COALITION_SLUG = "synthetic-coalition";
