/**
 * The words and numbers synthetic facts are made of: what each domain counts and in
 * what amounts, the conditions pledges wait on, and how a posture is put in a sentence.
 */
import type {
  ConditionCategory,
  ConditionStatus,
  EventKind,
  PledgeDomain,
  Posture,
} from "../../lib/generated/prisma/enums";

/** A domain's unit and the amounts a single pledge plausibly names (or, for funding, euros). */
export type DomainScale = {
  noun: string;
  unit: string | null;
  ladder: number[];
  money?: boolean;
  need: number;
};

export const DOMAIN_SCALES: Record<PledgeDomain, DomainScale> = {
  LAND_FORCES: {
    noun: "land forces",
    unit: "personnel",
    ladder: [150, 250, 400, 500, 800, 1000, 1500, 2500],
    need: 25000,
  },
  AIR: {
    noun: "air policing and airlift",
    unit: "aircraft",
    ladder: [2, 4, 6, 8, 12, 16],
    need: 120,
  },
  MARITIME: { noun: "maritime security", unit: "vessels", ladder: [1, 2, 3, 4, 6], need: 30 },
  DEMINING: { noun: "mine clearance", unit: "teams", ladder: [2, 4, 6, 10, 15, 20], need: 300 },
  TRAINING: {
    noun: "training",
    unit: "instructors",
    ladder: [20, 50, 80, 120, 200, 300],
    need: 4000,
  },
  LOGISTICS: { noun: "logistics", unit: "vehicles", ladder: [20, 50, 100, 200, 400], need: 5000 },
  MEDICAL: {
    noun: "medical support",
    unit: "medical staff",
    ladder: [15, 30, 60, 120, 250],
    need: 2500,
  },
  AIR_SURVEILLANCE: {
    noun: "air surveillance",
    unit: "radar systems",
    ladder: [1, 2, 3, 4, 6],
    need: 60,
  },
  ENGINEERING: {
    noun: "engineering",
    unit: "engineers",
    ladder: [40, 80, 150, 250, 400],
    need: 6000,
  },
  FUNDING_RECONSTRUCTION: {
    noun: "reconstruction funding",
    unit: null,
    ladder: [
      5_000_000, 10_000_000, 25_000_000, 50_000_000, 100_000_000, 250_000_000, 500_000_000,
      1_000_000_000,
    ],
    money: true,
    need: 50_000_000_000,
  },
  CAPABILITY_BUILDING: {
    noun: "capability building",
    unit: "air defence systems",
    ladder: [1, 2, 4, 6, 8],
    need: 150,
  },
  FORCES_UNSPECIFIED: { noun: "forces of an unstated kind", unit: null, ladder: [], need: 0 },
};

export type SyntheticCondition = {
  slug: string;
  name: string;
  category: ConditionCategory;
  /** Completes "... will act only once ..." and "... reported progress on ...". */
  phrase: string;
  /** The statuses it passes through, the last being where it stands now. */
  path: ConditionStatus[];
};

export const CONDITIONS: SyntheticCondition[] = [
  {
    slug: "syn-ceasefire",
    name: "A signed ceasefire",
    category: "CEASEFIRE",
    phrase: "a ceasefire is signed",
    path: ["NOT_MET", "IN_PROGRESS"],
  },
  {
    slug: "syn-ceasefire-holds",
    name: "The ceasefire holds for 90 days",
    category: "CEASEFIRE",
    phrase: "the ceasefire has held for 90 days",
    path: ["NOT_MET"],
  },
  {
    slug: "syn-us-backstop",
    name: "A US backstop",
    category: "EXTERNAL_BACKING",
    phrase: "the United States provides a backstop",
    path: ["NOT_MET", "IN_PROGRESS", "MET"],
  },
  {
    slug: "syn-un-mandate",
    name: "A UN or EU legal mandate",
    category: "LEGAL",
    phrase: "a legal mandate is agreed",
    path: ["NOT_MET", "IN_PROGRESS"],
  },
  {
    slug: "syn-parliament",
    name: "Parliamentary approval at home",
    category: "LEGAL",
    phrase: "its parliament approves a deployment",
    path: ["NOT_MET", "IN_PROGRESS", "MET"],
  },
  {
    slug: "syn-withdrawal",
    name: "Verified withdrawal from the contact line",
    category: "SECURITY",
    phrase: "a withdrawal from the contact line is verified",
    path: ["NOT_MET"],
  },
  {
    slug: "syn-dmz",
    name: "Agreed demilitarised zones",
    category: "SECURITY",
    phrase: "demilitarised zones are agreed",
    path: ["NOT_MET", "IN_PROGRESS", "MET", "BREACHED"],
  },
  {
    slug: "syn-monitoring",
    name: "An international monitoring mission",
    category: "SECURITY",
    phrase: "a monitoring mission is in place",
    path: ["NOT_MET", "IN_PROGRESS", "MET"],
  },
  {
    slug: "syn-peace-deal",
    name: "A comprehensive peace agreement",
    category: "POLITICAL",
    phrase: "a peace agreement is signed",
    path: ["NOT_MET"],
  },
  {
    slug: "syn-humanitarian-access",
    name: "Unhindered humanitarian access",
    category: "HUMANITARIAN",
    phrase: "humanitarian convoys can move freely",
    path: ["NOT_MET", "MET", "BREACHED", "IN_PROGRESS"],
  },
  {
    slug: "syn-aid-worker-safety",
    name: "Accountability for attacks on aid workers",
    category: "ACCOUNTABILITY",
    phrase: "attacks on aid workers are investigated",
    path: ["NOT_MET", "IN_PROGRESS"],
  },
  {
    slug: "syn-funding-framework",
    name: "A reconstruction funding framework",
    category: "POLITICAL",
    phrase: "a reconstruction fund is agreed",
    path: ["NOT_MET", "IN_PROGRESS", "MET"],
  },
];

/** How a briefing states a posture: "{Country} ...". */
export const POSTURE_PHRASES: Record<Posture, string> = {
  COMMITTED: "is ready to deploy forces once a peace deal holds",
  CONSIDERING: "is considering a contribution but has not committed",
  CONDITIONAL: "ties any contribution to conditions of its own",
  SUPPORT_ONLY: "offers support but no forces in Ukraine",
  DECLINED: "has said it will not contribute forces",
  OPPOSED: "opposes any foreign deployment in Ukraine",
  UNDISCLOSED: "takes part but has not made its position public",
};

/** The order pledges move in; WITHDRAWN can end any of them. */
export const LIFECYCLE = [
  "ANNOUNCED",
  "CONDITIONAL",
  "CONFIRMED",
  "DEPLOYING",
  "DEPLOYED",
  "FULFILLED",
] as const;

/** Events: `{date}`, `{city}`, `{official}`, `{country}` / `{countries}` and `{condition}` are filled in. */
export const EVENT_TEMPLATES: { kind: EventKind; title: string; sentence: string }[] = [
  {
    kind: "SUMMIT",
    title: "Leaders meet in {city}",
    sentence: "On {date}, leaders of {countries} met in {city} to discuss whether {condition}.",
  },
  {
    kind: "STATEMENT",
    title: "{country} sets out its position",
    sentence:
      "On {date}, {official} of {country} said in {city} that {country} would wait until {condition}.",
  },
  {
    kind: "DECISION",
    title: "{country} approves a contribution",
    sentence:
      "On {date}, the government of {country} approved a contribution in {city}, to take effect once {condition}.",
  },
  {
    kind: "DIPLOMACY",
    title: "Talks between {countries}",
    sentence:
      "On {date}, envoys of {countries} held talks in {city} on how to make sure {condition}.",
  },
  {
    kind: "INCIDENT",
    title: "Incident near {city}",
    sentence:
      "On {date}, an incident near {city} raised doubts about whether {condition}, according to {official}.",
  },
];

/** Package code names: "Steady Harbour", "Amber Lantern"... */
export const CODENAME_WORDS = {
  first: [
    "Amber",
    "Steady",
    "Northern",
    "Silver",
    "Iron",
    "Blue",
    "Quiet",
    "Bright",
    "Swift",
    "Granite",
    "Linden",
    "Harvest",
    "Coastal",
    "Winter",
    "Open",
    "Eastern",
  ],
  second: [
    "Shield",
    "Bridge",
    "Harbour",
    "Anchor",
    "Beacon",
    "Falcon",
    "Lantern",
    "Compass",
    "Keystone",
    "Sentinel",
    "Meadow",
    "Crossing",
    "Horizon",
    "Rampart",
    "Pathway",
    "Watch",
  ],
};
