/**
 * The emerging peace framework as the second article sets it out: its elements, each
 * "under consideration" (none is reported agreed, let alone implemented), each quoted.
 * Links to conditions are made only where a provision and a condition are the same
 * thing in the sources' words; nothing else is inferred.
 */
import type { ProvisionStatus } from "../../lib/generated/prisma/enums";
import type { Cite } from "./data";

const plan = (quote: string, field?: string): Cite => ({
  source: "fragile-peace-plan",
  quote,
  field,
});

export const FRAMEWORK = {
  slug: "emerging-peace-framework",
  name: "The emerging peace framework",
  description:
    "The peace framework the coalition's partners are negotiating for Ukraine: its elements as reported, and how far each has got.",
  sourceId: "fragile-peace-plan" as const,
};

const CONSIDERED = plan("Key elements reportedly under consideration include", "status");

export const PROVISIONS: {
  id: string;
  name: string;
  description: string;
  status: ProvisionStatus;
  conditions: string[];
  citations: Cite[];
}[] = [
  {
    id: "ceasefire",
    name: "A cease-fire",
    description:
      "A cease-fire, proposed as part of combining immediate risk reduction with long-term guarantees.",
    status: "UNDER_CONSIDERATION",
    conditions: ["signed-ceasefire"],
    citations: [
      plan("Key elements reportedly under consideration include a cease‑fire"),
      plan(
        "At the heart of the discussions is a proposal that seeks to combine immediate risk reduction with long‑term guarantees",
        "status",
      ),
    ],
  },
  {
    id: "security-guarantees",
    name: "A framework for security guarantees",
    description: "Formal security assurances for Ukraine from a coalition of allies.",
    status: "UNDER_CONSIDERATION",
    conditions: [],
    citations: [plan("a framework for security guarantees"), CONSIDERED],
  },
  {
    id: "territorial-roadmap",
    name: "A roadmap for territorial negotiations",
    description:
      "A roadmap for negotiations on territorial questions, including governance arrangements for contested areas.",
    status: "UNDER_CONSIDERATION",
    conditions: [],
    citations: [plan("a roadmap for negotiations on territorial questions"), CONSIDERED],
  },
  {
    id: "independent-verification",
    name: "Independent verification",
    description: "Independent mechanisms to verify commitments to withdraw or cease hostilities.",
    status: "UNDER_CONSIDERATION",
    conditions: ["verified-withdrawal"],
    citations: [
      plan(
        "irreversible commitments from aggressors to withdraw or cease hostilities, with independent verification mechanisms",
      ),
      plan(
        "Western officials stress that any peace plan must be anchored in international law",
        "status",
      ),
    ],
  },
  {
    id: "rapid-deterrent",
    name: "A multinational rapid deterrent",
    description:
      "A multinational framework that can rapidly mobilise deterrent measures if the cease-fire is violated.",
    status: "UNDER_CONSIDERATION",
    conditions: [],
    citations: [
      plan(
        "a multinational framework that can rapidly mobilize deterrent measures if violations occur",
      ),
      plan("Ideas include a multinational framework", "status"),
    ],
  },
  {
    id: "observed-referenda",
    name: "Referenda under international observation",
    description: "Potential referenda in contested areas, observed internationally.",
    status: "UNDER_CONSIDERATION",
    conditions: [],
    citations: [
      plan("potential referenda under international observation"),
      plan(
        "Negotiators are expected to discuss governance arrangements for contested areas",
        "status",
      ),
    ],
  },
  {
    id: "safe-return",
    name: "Safe re-entry for displaced populations",
    description: "Safe re-entry for people displaced by the war.",
    status: "UNDER_CONSIDERATION",
    conditions: [],
    citations: [
      plan("safe re‑entry for displaced populations"),
      plan("Negotiators are expected to discuss", "status"),
    ],
  },
];
