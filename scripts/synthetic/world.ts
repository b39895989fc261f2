/**
 * Everything synthetic except the pledges: sources, countries, the coalition and its
 * figures, memberships, conditions, requirements and events, each with citations and
 * history. It also writes the sentences pledges will quote, so `quote()` can hand one out.
 */
import type { Faker } from "@faker-js/faker";
import type { PledgeDomain } from "../../lib/generated/prisma/enums";
import { WINDOW_START } from "./calendar";
import { COUNTRIES } from "./countries";
import { buildEvents } from "./events";
import { buildCoalition, buildConditions, buildRequirements } from "./framework";
import { created } from "./history";
import { buildMemberships, quoteKey, writePledgeSentences } from "./members";
import { SourceBook, type Cite } from "./sources";
import { citeInto, emptyTables, FRAMEWORK, type Tables } from "./tables";
import { CONDITIONS } from "./vocabulary";

export type Pledger = { code: string; name: string; weight: number; domains: PledgeDomain[] };

export type World = {
  tables: Tables;
  pledgers: Pledger[];
  conditionSlugs: string[];
  /** The sentence that backs a pledge of `value` in `domain` by `code` (null: unnamed members). */
  quote(code: string | null, domain: PledgeDomain, value: number | null): Cite;
};

export function buildWorld(f: Faker, opts: { pledges: number; seed: number }): World {
  const t = emptyTables();
  const book = new SourceBook();
  const cite = citeInto(t);
  book.open(FRAMEWORK, "The coalition's framework (generated)", WINDOW_START);
  for (const c of COUNTRIES) t.countries.push({ ...c, version: 1, updatedAt: WINDOW_START });
  t.audit.push(...t.countries.flatMap((c) => created("Country", c, WINDOW_START)));

  const members = buildMemberships(f, t, book, cite);
  buildCoalition(t, book, cite, opts);
  buildConditions(f, t, book, cite);
  buildRequirements(t, book, cite);
  const quotes = writePledgeSentences(book, members);
  buildEvents(f, t, book, cite, members);

  t.sources = book.rows();
  t.audit.unshift(...t.sources.flatMap((s) => created("Source", s, s.publishedOn as Date)));
  return {
    tables: t,
    pledgers: members.filter((m) => m.weight > 0 && m.posture !== "OPPOSED"),
    conditionSlugs: CONDITIONS.map((c) => c.slug),
    quote(code, domain, value) {
      const found = quotes.get(quoteKey(code, domain, value));
      if (!found)
        throw new Error(`no synthetic sentence for ${code ?? "unnamed"} ${domain} ${value}`);
      return found;
    },
  };
}
