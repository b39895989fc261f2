/**
 * Members and outside actors: a briefing source per country, its posture (some changed
 * over time), the conditions it sets in its own words, and the sentences its pledges quote.
 */
import type { Faker } from "@faker-js/faker";
import type { PledgeDomain, Posture } from "../../lib/generated/prisma/enums";
import { addDays, during, laterMoments, randomDay, WINDOW_END, WINDOW_START } from "./calendar";
import { COUNTRIES, WEIGHTS, type CountryRef } from "./countries";
import { historyOf, snapshotOf, type State } from "./history";
import { COALITION_SLUG, tagged } from "./labels";
import type { Cite, SourceBook } from "./sources";
import { ALL_DOMAINS, amountText, FRAMEWORK, type CiteFn, type Tables } from "./tables";
import { CONDITIONS, DOMAIN_SCALES, POSTURE_PHRASES } from "./vocabulary";

export type Member = CountryRef & {
  posture: Posture;
  weight: number;
  domains: PledgeDomain[];
  brief: string;
};

const SUPPORT_DOMAINS: PledgeDomain[] = [
  "TRAINING",
  "DEMINING",
  "MEDICAL",
  "LOGISTICS",
  "FUNDING_RECONSTRUCTION",
  "CAPABILITY_BUILDING",
];
/** Outside actors whose stance matters; everyone else (but Ukraine) is a member. */
const OUTSIDERS: Record<string, Posture> = { US: "CONDITIONAL", RU: "OPPOSED", RS: "DECLINED" };
const POSTURE_WEIGHTS = [
  { weight: 25, value: "COMMITTED" as const },
  { weight: 25, value: "CONDITIONAL" as const },
  { weight: 20, value: "CONSIDERING" as const },
  { weight: 15, value: "SUPPORT_ONLY" as const },
  { weight: 10, value: "UNDISCLOSED" as const },
  { weight: 5, value: "DECLINED" as const },
];

export function buildMemberships(f: Faker, t: Tables, book: SourceBook, cite: CiteFn): Member[] {
  const out: Member[] = [];
  for (const c of COUNTRIES) {
    if (c.code === "UA") continue;
    const brief = `syn-brief-${c.code.toLowerCase()}`;
    const published = randomDay(f, WINDOW_START, addDays(WINDOW_START, 20));
    book.open(brief, `${c.name}: contributions briefing (generated)`, published);
    const isMember = !(c.code in OUTSIDERS);
    const posture: Posture = OUTSIDERS[c.code] ?? f.helpers.weightedArrayElement(POSTURE_WEIGHTS);
    const earlier =
      isMember && f.datatype.boolean(0.4)
        ? (["UNDISCLOSED", "CONSIDERING"] as const)
            .filter((p) => p !== posture)
            .slice(f.number.int({ min: 0, max: 1 }))
        : [];
    const path: Posture[] = [...earlier, posture];
    let conditionsInOwnWords: string | null = null;
    const cites: Cite[] = [];
    if (["COMMITTED", "CONDITIONAL", "CONSIDERING"].includes(posture) && f.datatype.boolean(0.7)) {
      const conds = f.helpers.arrayElements(CONDITIONS, { min: 1, max: 2 }).map((k) => k.phrase);
      const sentence = `${c.name} will act only once ${conds.join(" and ")}.`;
      cites.push(book.write(brief, sentence, "conditions"));
      conditionsInOwnWords = `“${sentence}” (synthetic briefing)`;
    }
    const id = `syn-m-${c.code.toLowerCase()}`;
    const moments = [
      during(f, WINDOW_START),
      ...laterMoments(f, addDays(WINDOW_START, 30), WINDOW_END, path.length - 1),
    ];
    const states: State[] = path.map((p, i) => {
      const last = i === path.length - 1;
      const said = `${c.name} ${POSTURE_PHRASES[p]}.`;
      const quote = book.write(
        brief,
        last ? said : `${i === 0 ? "At first" : "Later"}, ${said}`,
        "posture",
      );
      const row = {
        id,
        coalitionSlug: COALITION_SLUG,
        countryCode: c.code,
        isMember,
        posture: p,
        conditionsInOwnWords,
        summary: tagged(said),
        version: i + 1,
        updatedAt: moments[i]!,
        published: true,
        internalNote: null,
      };
      if (last) {
        t.memberships.push(row);
        cites.unshift(quote);
      }
      return { snapshot: snapshotOf(row), at: moments[i]!, citation: quote };
    });
    t.audit.push(...historyOf("Membership", states));
    cite({ membershipId: id }, id, cites, moments[0]!);
    const domains =
      posture === "SUPPORT_ONLY" || posture === "DECLINED" ? SUPPORT_DOMAINS : ALL_DOMAINS;
    out.push({ ...c, posture, weight: WEIGHTS.get(c.code) ?? 0, domains, brief });
  }
  return out;
}

export const quoteKey = (code: string | null, domain: PledgeDomain, value: number | null) =>
  `${code ?? "-"}|${domain}|${value ?? "-"}`;

/** One sentence per amount a member may pledge in each of its domains, and one without an amount. */
export function writePledgeSentences(book: SourceBook, members: Member[]): Map<string, Cite> {
  const quotes = new Map<string, Cite>();
  for (const m of members) {
    for (const domain of m.domains) {
      const scale = DOMAIN_SCALES[domain];
      book.paragraph(m.brief);
      for (const value of scale.ladder) {
        const sentence = `${m.name} offered ${amountText(domain, value)} for ${scale.noun}.`;
        quotes.set(quoteKey(m.code, domain, value), book.write(m.brief, sentence));
      }
      const vague = `${m.name} offered ${scale.noun} without stating numbers.`;
      quotes.set(quoteKey(m.code, domain, null), book.write(m.brief, vague));
    }
  }
  book.paragraph(FRAMEWORK);
  for (const domain of ALL_DOMAINS) {
    const sentence = `Members that asked not to be named offered ${DOMAIN_SCALES[domain].noun}.`;
    quotes.set(quoteKey(null, domain, null), book.write(FRAMEWORK, sentence));
  }
  return quotes;
}
