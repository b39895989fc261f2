/**
 * The real dataset, taken only from the two articles in ./sources. Every fact carries
 * at least one verbatim quote; what the articles do not say (dates, most of the 26
 * countries, any troop numbers) is left empty and shown as "undisclosed".
 */
import type {
  ConditionCategory,
  ConditionStatus,
  Disclosure,
  EventKind,
  PledgeDomain,
  PledgeStatus,
  Posture,
} from "../../lib/generated/prisma/enums";

export type Cite = { source: SourceId; quote: string; field?: string };
export type SourceId = "after-the-summit" | "fragile-peace-plan";

const summit = (quote: string, field?: string): Cite => ({
  source: "after-the-summit",
  quote,
  field,
});
const plan = (quote: string, field?: string): Cite => ({
  source: "fragile-peace-plan",
  quote,
  field,
});

export const SOURCES: { id: SourceId; title: string; fileName: string }[] = [
  {
    id: "after-the-summit",
    title: "After the Summit: A Pact of Promise — and a Dark Reminder",
    fileName: "after-the-summit.txt",
  },
  {
    id: "fragile-peace-plan",
    title: "A Fragile Peace Plan Emerges for Ukraine",
    fileName: "fragile-peace-plan.txt",
  },
];

export const COALITION = {
  slug: "coalition-of-the-willing",
  name: "Coalition of the Willing",
  description:
    "A loose umbrella of mainly European countries negotiating post-conflict security guarantees for Ukraine.",
  citations: [
    summit(
      "a loose umbrella of mainly European countries that have been negotiating the contours of post-conflict security for months",
    ),
  ],
};

export const FIGURES: {
  id: string;
  label: string;
  qualifier?: string;
  value: number;
  unit: string;
  citations: Cite[];
}[] = [
  {
    id: "leaders-met",
    label: "leaders met in Paris",
    value: 35,
    unit: "leaders",
    citations: [summit("The meeting in Paris brought together 35 leaders")],
  },
  {
    id: "ready-to-deploy",
    label: "countries ready to deploy forces once a peace deal holds",
    value: 26,
    unit: "countries",
    citations: [
      summit("26 countries had agreed to be ready to deploy forces to Ukrainian soil"),
      summit("Of those, 26 have now signalled readiness to place forces in Ukraine"),
      summit("Macron declined to list the 26 nations publicly.", "names"),
    ],
  },
  {
    id: "western-partners",
    label: "Western partners in the coalition",
    qualifier: "more than",
    value: 30,
    unit: "partners",
    citations: [plan("consisting of more than 30 Western partners")],
  },
];

export const COUNTRIES = [
  {
    code: "FR",
    alpha3: "FRA",
    numeric: "250",
    name: "France",
    euMember: true,
    natoMember: true,
    region: "Western Europe",
  },
  {
    code: "GB",
    alpha3: "GBR",
    numeric: "826",
    name: "United Kingdom",
    euMember: false,
    natoMember: true,
    region: "Northern Europe",
  },
  {
    code: "IE",
    alpha3: "IRL",
    numeric: "372",
    name: "Ireland",
    euMember: true,
    natoMember: false,
    region: "Northern Europe",
  },
  {
    code: "DE",
    alpha3: "DEU",
    numeric: "276",
    name: "Germany",
    euMember: true,
    natoMember: true,
    region: "Western Europe",
  },
  {
    code: "NL",
    alpha3: "NLD",
    numeric: "528",
    name: "Netherlands",
    euMember: true,
    natoMember: true,
    region: "Western Europe",
  },
  {
    code: "UA",
    alpha3: "UKR",
    numeric: "804",
    name: "Ukraine",
    euMember: false,
    natoMember: false,
    region: "Eastern Europe",
  },
  {
    code: "RU",
    alpha3: "RUS",
    numeric: "643",
    name: "Russia",
    euMember: false,
    natoMember: false,
    region: "Eastern Europe",
  },
  {
    code: "US",
    alpha3: "USA",
    numeric: "840",
    name: "United States",
    euMember: false,
    natoMember: true,
    region: "North America",
  },
  {
    code: "CN",
    alpha3: "CHN",
    numeric: "156",
    name: "China",
    euMember: false,
    natoMember: false,
    region: "East Asia",
  },
];

export const MEMBERSHIPS: {
  id: string;
  countryCode: string;
  isMember: boolean;
  posture: Posture;
  summary: string;
  conditionsInOwnWords?: string;
  citations: Cite[];
}[] = [
  {
    id: "m-fr",
    countryCode: "FR",
    isMember: true,
    posture: "COMMITTED",
    summary: "Named publicly among the countries ready to deploy forces; hosted the Paris summit.",
    conditionsInOwnWords:
      "“a promise to rebuild, to rearm, to be present if diplomacy finally delivers.” (senior French defence official)",
    citations: [
      summit(
        "among the countries that have publicly signalled willingness are France and Britain",
        "posture",
      ),
      summit(
        "a promise to rebuild, to rearm, to be present if diplomacy finally delivers",
        "conditions",
      ),
    ],
  },
  {
    id: "m-gb",
    countryCode: "GB",
    isMember: true,
    posture: "COMMITTED",
    summary:
      "Named publicly among the countries ready to deploy forces; wants credible capacity and US firepower behind it.",
    conditionsInOwnWords:
      "“We want credible capacity — logistics, air surveillance, demining, medical units. And we want clear US firepower in the wings if deterrence fails.” (British diplomat)",
    citations: [
      summit(
        "among the countries that have publicly signalled willingness are France and Britain",
        "posture",
      ),
      summit(
        "We want credible capacity — logistics, air surveillance, demining, medical units. And we want clear US firepower in the wings if deterrence fails.",
        "conditions",
      ),
    ],
  },
  {
    id: "m-ie",
    countryCode: "IE",
    isMember: true,
    posture: "CONSIDERING",
    summary: "Would consider contributing troops if a credible peace deal were reached.",
    conditionsInOwnWords:
      "“If there is a peace agreement, Ireland — as part of this coalition — will want to assist.” (Simon Harris, Tánaiste and Minister for Defence)",
    citations: [
      summit(
        "Ireland — a country with a proud peacekeeping tradition — said it would consider contributing troops if a credible peace deal were reached.",
        "posture",
      ),
      summit(
        "If there is a peace agreement, Ireland — as part of this coalition — will want to assist.",
        "conditions",
      ),
    ],
  },
  {
    id: "m-de",
    countryCode: "DE",
    isMember: true,
    posture: "CONDITIONAL",
    summary:
      "Will help rebuild Ukraine's capabilities; any troop decision depends on the guarantees and on US backing.",
    conditionsInOwnWords:
      "Any decision on a military role “depends on the precise nature of the guarantees and how the US would back them”; Berlin needs clarity about the extent of US involvement before committing troops.",
    citations: [
      summit(
        "Germany has taken a cautious line, saying any decision on a military role depends on the precise nature of the guarantees and how the US would back them.",
        "posture",
      ),
      summit(
        "Berlin insisted it needed clarity — especially about the extent of US involvement — before committing troops.",
        "conditions",
      ),
    ],
  },
  {
    id: "m-us",
    countryCode: "US",
    isMember: false,
    posture: "CONSIDERING",
    summary:
      "Not a coalition member; the Europeans want it as the backstop, and its contribution was still to be finalised.",
    citations: [
      summit("Washington’s contribution would be finalised in the coming days", "posture"),
      summit("European ministers want American guarantees as a “backstop.”"),
    ],
  },
  {
    id: "m-ru",
    countryCode: "RU",
    isMember: false,
    posture: "OPPOSED",
    summary: "Rejects any foreign troops in Ukraine.",
    conditionsInOwnWords:
      "Foreign troops on Ukrainian soil are “absolutely unacceptable” and would “undermine any security” (Maria Zakharova, foreign ministry spokeswoman).",
    citations: [
      summit(
        "dismissed any idea of foreign troops on Ukrainian soil as “absolutely unacceptable,”",
        "posture",
      ),
      summit(
        "President Vladimir Putin has publicly ruled out NATO troop deployments in Ukraine as part of any settlement",
      ),
    ],
  },
];

export const CONDITIONS: {
  slug: string;
  name: string;
  description: string;
  category: ConditionCategory;
  status: ConditionStatus;
  evidence: string;
  citations: Cite[];
}[] = [
  {
    slug: "peace-agreement",
    name: "A credible peace agreement",
    description: "A peace deal with Russia, on which the readiness to deploy is premised.",
    category: "POLITICAL",
    status: "NOT_MET",
    evidence:
      "The sources present deployment as a promise for after a peace deal; neither reports one reached.",
    citations: [
      summit("as part of security guarantees should a peace deal with Russia ever be reached"),
      summit("For now, the commitment is a promise on paper, and a pledge on camera.", "status"),
    ],
  },
  {
    slug: "signed-ceasefire",
    name: "A signed ceasefire",
    description: "A ceasefire signed by the parties before any multinational deployment.",
    category: "CEASEFIRE",
    status: "NOT_MET",
    evidence:
      "Deployments are planned for “if and when a ceasefire crystallises”; no ceasefire is reported.",
    citations: [
      summit("Primary conditions for deployment would likely include a signed ceasefire"),
      summit("if and when a ceasefire crystallises", "status"),
      plan("Key elements reportedly under consideration include a cease‑fire"),
    ],
  },
  {
    slug: "verified-withdrawal",
    name: "Verified withdrawal of forces",
    description: "Withdrawal of forces from certain areas, checked by independent verification.",
    category: "SECURITY",
    status: "NOT_MET",
    evidence: "Listed as a likely condition for deployment; still under negotiation.",
    citations: [
      summit("verified withdrawal of forces from certain areas"),
      plan(
        "irreversible commitments from aggressors to withdraw or cease hostilities, with independent verification mechanisms",
      ),
    ],
  },
  {
    slug: "demilitarised-zones",
    name: "Demilitarised zones",
    description: "Zones from which military forces are removed.",
    category: "SECURITY",
    status: "NOT_MET",
    evidence: "Listed as a likely condition for deployment; no zones are reported agreed.",
    citations: [summit("verified withdrawal of forces from certain areas, demilitarised zones")],
  },
  {
    slug: "humanitarian-access",
    name: "Guaranteed humanitarian access",
    description: "Guarantees that humanitarian missions can reach people in need.",
    category: "HUMANITARIAN",
    status: "NOT_MET",
    evidence:
      "Listed as a likely condition; two deminers of a humanitarian mission were killed in a strike during the summit.",
    citations: [
      summit("and guarantees of humanitarian access"),
      summit(
        "Attacks on humanitarian missions are a grave violation of international law.",
        "status",
      ),
    ],
  },
  {
    slug: "legal-mandate",
    name: "A clear legal mandate",
    description:
      "Legitimacy and clear legal backing for a peacekeeping mission, anchored in international law.",
    category: "LEGAL",
    status: "NOT_MET",
    evidence: "Experts quoted say a mission needs a clear mandate; none is reported.",
    citations: [
      summit("A peacekeeping mission needs legitimacy and a clear mandate"),
      summit(
        "Without clear legal backing and a political settlement, troops on the ground will be targets, not peacemakers.",
      ),
      plan("any peace plan must be anchored in international law"),
    ],
  },
  {
    slug: "us-backstop",
    name: "A US backstop",
    description:
      "American guarantees (legal, logistical and political) behind European deployments.",
    category: "EXTERNAL_BACKING",
    status: "IN_PROGRESS",
    evidence:
      "Leaders spoke with President Trump during the summit; Washington's contribution was to be finalised in the coming days.",
    citations: [
      summit(
        "The coalition’s leaders have long insisted that European deployments require a US backstop — legal, logistical, and political — to be viable.",
      ),
      summit("Washington’s contribution would be finalised in the coming days", "status"),
    ],
  },
  {
    slug: "accountability",
    name: "Accountability for attacks on civilians and aid workers",
    description:
      "International judicial mechanisms to investigate attacks on civilians and aid workers.",
    category: "ACCOUNTABILITY",
    status: "NOT_MET",
    evidence:
      "The EU says it will hold those responsible accountable; no mechanism is reported in place.",
    citations: [
      summit(
        "international judicial mechanisms would be necessary to investigate attacks on civilians and aid workers",
      ),
      summit(
        "The EU remains steadfast in supporting Ukraine and will hold those responsible accountable.",
        "status",
      ),
    ],
  },
];

export const PLEDGES: {
  id: string;
  countryCode?: string;
  pledgerNote?: string;
  domain: PledgeDomain;
  description: string;
  quantity?: number;
  unit?: string;
  status: PledgeStatus;
  disclosure: Disclosure;
  disputeNote?: string;
  conditions: string[];
  citations: Cite[];
}[] = [
  ...(["FR", "GB"] as const).map((code) => ({
    id: `p-${code.toLowerCase()}-forces`,
    countryCode: code,
    domain: "FORCES_UNSPECIFIED" as const,
    description:
      "Ready to deploy forces to Ukraine as part of security guarantees once a peace deal is reached; land, sea or air not specified.",
    status: "CONDITIONAL" as const,
    disclosure: "OFFICIAL" as const,
    conditions: ["peace-agreement", "us-backstop"],
    citations: [
      summit("among the countries that have publicly signalled willingness are France and Britain"),
      summit(
        "as part of security guarantees should a peace deal with Russia ever be reached",
        "status",
      ),
    ],
  })),
  {
    id: "p-ie-troops",
    countryCode: "IE",
    domain: "FORCES_UNSPECIFIED",
    description: "Would consider contributing troops if a credible peace deal were reached.",
    status: "CONDITIONAL",
    disclosure: "OFFICIAL",
    conditions: ["peace-agreement"],
    citations: [
      summit("said it would consider contributing troops if a credible peace deal were reached"),
      summit(
        "If there is a peace agreement, Ireland — as part of this coalition — will want to assist.",
      ),
    ],
  },
  {
    id: "p-de-capabilities",
    countryCode: "DE",
    domain: "CAPABILITY_BUILDING",
    description: "Will participate in rebuilding Ukrainian capabilities.",
    status: "ANNOUNCED",
    disclosure: "OFFICIAL",
    conditions: [],
    citations: [
      summit(
        "Germany and other countries said they would participate in rebuilding Ukrainian capabilities",
      ),
    ],
  },
  {
    id: "p-coalition-capabilities",
    pledgerNote: "Other coalition countries, not named",
    domain: "CAPABILITY_BUILDING",
    description: "Material commitments to rebuild and bolster Ukraine's armed forces.",
    status: "ANNOUNCED",
    disclosure: "UNDISCLOSED",
    conditions: [],
    citations: [
      summit("first, material commitments to rebuild and bolster Ukraine’s armed forces"),
      summit(
        "Germany and other countries said they would participate in rebuilding Ukrainian capabilities",
      ),
    ],
  },
  ...(
    [
      ["land", "LAND_FORCES", "on land"],
      ["maritime", "MARITIME", "at sea"],
      ["air", "AIR", "in the air"],
    ] as const
  ).map(([key, domain, where]) => ({
    id: `p-26-${key}`,
    pledgerNote: "Among the 26 ready countries; which ones, not disclosed",
    domain,
    description: `Readiness to deploy forces ${where} once a peace deal holds; contributing countries and numbers undisclosed.`,
    status: "CONDITIONAL" as const,
    disclosure: "UNDISCLOSED" as const,
    conditions: ["peace-agreement", "signed-ceasefire", "us-backstop"],
    citations: [
      summit("ready to deploy forces to Ukrainian soil — on land, at sea or in the air"),
      summit("Macron declined to list the 26 nations publicly.", "country"),
    ],
  })),
];

export const REQUIREMENTS: {
  id: string;
  domain: PledgeDomain;
  description: string;
  citations: Cite[];
}[] = [
  ...(
    [
      ["demining", "DEMINING", "Demining teams, essential from day one"],
      ["medical", "MEDICAL", "Medical units, essential from day one"],
      ["engineering", "ENGINEERING", "Engineers, essential from day one"],
    ] as const
  ).map(([key, domain, description]) => ({
    id: `r-${key}`,
    domain,
    description,
    citations: [
      summit(
        "Support services — demining teams, medical units, engineers — would be essential from day one.",
      ),
    ],
  })),
  ...(
    [
      ["logistics", "LOGISTICS", "Logistics, as part of “credible capacity”"],
      ["air-surveillance", "AIR_SURVEILLANCE", "Air surveillance, as part of “credible capacity”"],
    ] as const
  ).map(([key, domain, description]) => ({
    id: `r-${key}`,
    domain,
    description,
    citations: [
      summit("We want credible capacity — logistics, air surveillance, demining, medical units."),
    ],
  })),
];

export const EVENTS: {
  id: string;
  kind: EventKind;
  title: string;
  summary: string;
  location?: string;
  disputeNote?: string;
  countries: string[];
  conditions: string[];
  citations: Cite[];
}[] = [
  {
    id: "e-paris-summit",
    kind: "SUMMIT",
    title: "Paris summit of the coalition of the willing",
    summary:
      "35 leaders met at the Élysée Palace; Macron, beside Zelensky, announced that 26 countries are ready to deploy forces if a peace deal is reached.",
    location: "Élysée Palace, Paris",
    countries: ["FR", "UA"],
    conditions: ["peace-agreement"],
    citations: [
      summit("beneath the ornate frescoes of the Élysée Palace"),
      summit(
        "French President Emmanuel Macron stood beside Ukraine’s Volodymyr Zelensky and announced a startling, almost cinematic commitment",
      ),
    ],
  },
  {
    id: "e-call-with-trump",
    kind: "DIPLOMACY",
    title: "Coalition leaders speak with President Trump",
    summary:
      "Macron and Zelensky said the group spoke with Donald Trump during the summit and that Washington's contribution would be finalised in the coming days.",
    countries: ["US", "FR", "UA"],
    conditions: ["us-backstop"],
    citations: [
      summit(
        "Macron and Zelensky said the group had spoken with US President Donald Trump during the summit and that Washington’s contribution would be finalised in the coming days",
      ),
    ],
  },
  {
    id: "e-26-undisclosed",
    kind: "STATEMENT",
    title: "Macron declines to name the 26",
    summary:
      "France and Britain are the only ones publicly named among the countries ready to deploy.",
    countries: ["FR", "GB"],
    conditions: [],
    citations: [
      summit(
        "Macron declined to list the 26 nations publicly. But among the countries that have publicly signalled willingness are France and Britain.",
      ),
    ],
  },
  {
    id: "e-british-diplomat",
    kind: "STATEMENT",
    title: "British diplomat: “credible capacity”, not theatrical gestures",
    summary:
      "Asks for logistics, air surveillance, demining and medical units, with clear US firepower in the wings.",
    countries: ["GB"],
    conditions: ["us-backstop"],
    citations: [
      summit(
        "We want credible capacity — logistics, air surveillance, demining, medical units. And we want clear US firepower in the wings if deterrence fails.",
      ),
    ],
  },
  {
    id: "e-germany-cautious",
    kind: "STATEMENT",
    title: "Germany wants clarity on US involvement before committing troops",
    summary:
      "Berlin will help rebuild Ukraine's capabilities but ties any military role to the guarantees and US backing.",
    countries: ["DE"],
    conditions: ["us-backstop"],
    citations: [
      summit(
        "Berlin insisted it needed clarity — especially about the extent of US involvement — before committing troops.",
      ),
    ],
  },
  {
    id: "e-chernihiv-strike",
    kind: "INCIDENT",
    title: "Russian strike kills two Danish Refugee Council deminers near Chernihiv",
    summary:
      "Two members of the Danish Refugee Council clearing mines near Chernihiv were killed by a Russian rocket strike north of Kyiv.",
    location: "Near Chernihiv, Ukraine (about 125 km from Kyiv)",
    countries: ["UA", "RU"],
    conditions: ["accountability", "humanitarian-access"],
    citations: [
      summit(
        "a Russian rocket strike north of Kyiv killed two members of the Danish Refugee Council who were clearing mines near Chernihiv, around 125km from the capital",
      ),
    ],
  },
  {
    id: "e-kallas",
    kind: "STATEMENT",
    title: "EU's Kaja Kallas: attacks on humanitarian missions are a grave violation",
    summary:
      "The EU's High Representative condemned the strike and said the EU will hold those responsible accountable.",
    countries: ["UA"],
    conditions: ["accountability"],
    citations: [
      summit(
        "Attacks on humanitarian missions are a grave violation of international law. The EU remains steadfast in supporting Ukraine and will hold those responsible accountable.",
      ),
    ],
  },
  {
    id: "e-ireland-harris",
    kind: "STATEMENT",
    title: "Ireland would consider contributing troops",
    summary:
      "Tánaiste and Minister for Defence Simon Harris: Ireland will want to assist if there is a peace agreement.",
    countries: ["IE"],
    conditions: ["peace-agreement"],
    citations: [
      summit(
        "If there is a peace agreement, Ireland — as part of this coalition — will want to assist.",
      ),
    ],
  },
  {
    id: "e-zakharova",
    kind: "STATEMENT",
    title: "Russia calls foreign troops in Ukraine “absolutely unacceptable”",
    summary:
      "Foreign ministry spokeswoman Maria Zakharova said such deployments would undermine any security and risk escalation.",
    countries: ["RU"],
    conditions: [],
    citations: [
      summit(
        "dismissed any idea of foreign troops on Ukrainian soil as “absolutely unacceptable,” arguing such deployments would “undermine any security” and risk escalating tensions across Europe",
      ),
    ],
  },
  {
    id: "e-putin",
    kind: "STATEMENT",
    title: "Putin rules out NATO troops in Ukraine as part of a settlement",
    summary: "He also suggested the door to negotiations remains open “if common sense prevails”.",
    countries: ["RU"],
    conditions: ["peace-agreement"],
    citations: [
      summit(
        "President Vladimir Putin has publicly ruled out NATO troop deployments in Ukraine as part of any settlement, while also suggesting the door to negotiations remains open “if common sense prevails.”",
      ),
    ],
  },
  {
    id: "e-rutte",
    kind: "STATEMENT",
    title: "Mark Rutte: “Russia has nothing to do with this”",
    summary:
      "Rutte said Ukraine is a sovereign country and warned against “making Putin too powerful”.",
    disputeNote:
      "The source calls Mark Rutte “Dutch Prime Minister”. Rutte left that office in July 2024 and has been NATO Secretary General since 1 October 2024, so the title (and the link to the Netherlands) is disputed. The quote is recorded as the source gives it.",
    countries: ["NL"],
    conditions: [],
    citations: [
      summit(
        "“Why are we interested in what Russia thinks about troops in Ukraine? It’s a sovereign country,” Dutch Prime Minister Mark Rutte said bluntly.",
      ),
    ],
  },
  {
    id: "e-sanctions-call",
    kind: "DIPLOMACY",
    title: "Europeans urge Washington to coordinate oil and gas sanctions",
    summary:
      "In the call with Trump, European leaders asked for new sanctions on Russia's oil and gas sector and pressure on China over financial flows.",
    countries: ["US", "RU", "CN"],
    conditions: [],
    citations: [
      summit(
        "European leaders urged Washington to coordinate new sanctions targeting Russia’s oil and gas sector",
      ),
    ],
  },
  {
    id: "e-white-house",
    kind: "STATEMENT",
    title: "White House: Europe must stop buying Russian oil",
    summary:
      "A White House official said Trump emphasised that Europe must stop purchasing Russian oil and pressure China economically.",
    countries: ["US", "RU", "CN"],
    conditions: [],
    citations: [
      summit(
        "A White House official said Trump emphasised that Europe must stop purchasing Russian oil and should place economic pressure on China.",
      ),
    ],
  },
  {
    id: "e-peace-framework",
    kind: "DIPLOMACY",
    title: "Peace framework under discussion: ceasefire, guarantees, territorial roadmap",
    summary:
      "Officials are reportedly considering a cease-fire, a framework for security guarantees and a roadmap for negotiations on territorial questions.",
    countries: ["UA"],
    conditions: ["signed-ceasefire", "verified-withdrawal", "legal-mandate"],
    citations: [
      plan(
        "Key elements reportedly under consideration include a cease‑fire, a framework for security guarantees, and a roadmap for negotiations on territorial questions",
      ),
    ],
  },
  {
    id: "e-zelenskyy-meets",
    kind: "DIPLOMACY",
    title: "Zelenskyy to meet coalition members",
    summary:
      "Part of a broader diplomatic push for a framework that preserves Ukraine's independence.",
    countries: ["UA"],
    conditions: [],
    citations: [
      plan(
        "President Volodymyr Zelenskyy is slated to meet with coalition members as part of a broader diplomatic push.",
      ),
    ],
  },
];
