/** The coalition itself, its headline figures, the conditions pledges wait on and what it says it needs. */
import type { Faker } from "@faker-js/faker";
import type { ConditionStatus } from "../../lib/generated/prisma/enums";
import { CONDITION_STATUSES } from "../../lib/labels";
import { addDays, during, laterMoments, longDate, WINDOW_END, WINDOW_START } from "./calendar";
import { created, historyOf, snapshotOf, type State } from "./history";
import { COALITION_SLUG, tagged, titled } from "./labels";
import type { SourceBook } from "./sources";
import { ALL_DOMAINS, amountText, dec, fmt, FRAMEWORK, type CiteFn, type Tables } from "./tables";
import { CONDITIONS, DOMAIN_SCALES } from "./vocabulary";

export function buildCoalition(
  t: Tables,
  book: SourceBook,
  cite: CiteFn,
  opts: { pledges: number; seed: number },
) {
  const members = t.memberships.filter((m) => m.isMember).length;
  const committed = t.memberships.filter((m) => m.isMember && m.posture === "COMMITTED").length;
  const coalition = {
    slug: COALITION_SLUG,
    name: titled("Coalition of the Willing (generated data)"),
    description: tagged(
      `Generated for demos and benchmarks (--pledges ${opts.pledges} --seed ${opts.seed}); it describes no real commitments.`,
    ),
    version: 1,
    updatedAt: WINDOW_START,
  };
  t.coalition.push(coalition);
  t.audit.push(...created("Coalition", coalition, WINDOW_START));
  book.paragraph(FRAMEWORK);
  const outsiders = t.memberships.length - members;
  const intro = `The synthetic coalition brings together ${members} members and ${outsiders} outside actors.`;
  cite(
    { coalitionSlug: COALITION_SLUG },
    "coalition",
    [book.write(FRAMEWORK, intro)],
    WINDOW_START,
  );

  // "leaders-met" and "ready-to-deploy" are the ids the dashboard explains beside the figure.
  const figures: [id: string, label: string, value: number, unit: string, sentence: string][] = [
    [
      "leaders-met",
      "leaders at the founding meeting",
      members,
      "leaders",
      `Leaders of ${members} countries attended the synthetic coalition's founding meeting.`,
    ],
    [
      "ready-to-deploy",
      "countries ready to deploy forces once a peace deal holds",
      committed,
      "countries",
      `Of those, ${committed} said they are ready to deploy forces once a peace deal holds.`,
    ],
    [
      "syn-pledges",
      "pledges recorded",
      opts.pledges,
      "pledges",
      `The synthetic dataset records ${fmt(opts.pledges)} pledges.`,
    ],
  ];
  figures.forEach(([id, label, value, unit, sentence], i) => {
    const row = {
      id,
      coalitionSlug: COALITION_SLUG,
      label: tagged(label),
      qualifier: null,
      value: dec(value),
      unit,
      sortOrder: i,
      version: 1,
      updatedAt: WINDOW_START,
    };
    t.figures.push(row);
    t.audit.push(...created("HeadlineFigure", row, WINDOW_START));
    cite({ figureId: id }, id, [book.write(FRAMEWORK, sentence)], WINDOW_START);
  });
}

export function buildConditions(f: Faker, t: Tables, book: SourceBook, cite: CiteFn) {
  book.paragraph(FRAMEWORK);
  CONDITIONS.forEach((c, i) => {
    const definition = book.write(
      FRAMEWORK,
      `Several contributors will act only once ${c.phrase}.`,
    );
    const moments = [
      during(f, WINDOW_START),
      ...laterMoments(f, addDays(WINDOW_START, 45), WINDOW_END, c.path.length - 1),
    ];
    const states: State[] = c.path.map((status: ConditionStatus, k) => {
      const label = CONDITION_STATUSES[status].label.toLowerCase();
      const sentence = `By ${longDate(moments[k]!)}, the framework listed “${c.name}” as ${label}.`;
      const quote = book.write(FRAMEWORK, sentence, "status");
      const row = {
        slug: c.slug,
        name: c.name,
        description: tagged(`Pledges that depend on it take effect only once ${c.phrase}.`),
        category: c.category,
        status,
        evidence: tagged(sentence),
        sortOrder: i,
        version: k + 1,
        updatedAt: moments[k]!,
        published: true,
        internalNote: null,
      };
      if (k === c.path.length - 1) {
        t.conditions.push(row);
        cite({ conditionSlug: c.slug }, c.slug, [definition, quote], moments[0]!);
      }
      return { snapshot: snapshotOf(row), at: moments[k]!, citation: quote };
    });
    t.audit.push(...historyOf("Condition", states));
  });
}

export function buildRequirements(t: Tables, book: SourceBook, cite: CiteFn) {
  book.paragraph(FRAMEWORK);
  for (const domain of ALL_DOMAINS) {
    const scale = DOMAIN_SCALES[domain];
    if (!scale.need) continue;
    const id = `syn-r-${domain.toLowerCase().replaceAll("_", "-")}`;
    const needs = `${amountText(domain, scale.need)} for ${scale.noun}`;
    const row = {
      id,
      coalitionSlug: COALITION_SLUG,
      domain,
      description: tagged(`The coalition needs ${needs}.`),
      quantity: dec(scale.need),
      unit: scale.unit ?? "EUR",
      version: 1,
      updatedAt: WINDOW_START,
      published: true,
    };
    t.requirements.push(row);
    t.audit.push(...created("Requirement", row, WINDOW_START));
    const said = book.write(FRAMEWORK, `The synthetic coalition says it needs ${needs}.`);
    cite({ requirementId: id }, id, [said], WINDOW_START);
  }
}
