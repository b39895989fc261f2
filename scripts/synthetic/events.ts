/** A few hundred dated events, each told in a quarterly synthetic chronicle it cites. */
import type { Faker } from "@faker-js/faker";
import { during, longDate, randomDay, WINDOW_END, WINDOW_START } from "./calendar";
import { created } from "./history";
import { tagged } from "./labels";
import type { Member } from "./members";
import type { SourceBook } from "./sources";
import type { CiteFn, Tables } from "./tables";
import { CONDITIONS, EVENT_TEMPLATES } from "./vocabulary";

const EVENT_COUNT = 300;

function chronicleOf(book: SourceBook, day: Date): string {
  const year = day.getUTCFullYear();
  const quarter = Math.floor(day.getUTCMonth() / 3) + 1;
  const id = `syn-chronicle-${year}-q${quarter}`;
  if (!book.has(id)) {
    const quarterEnd = new Date(Date.UTC(year, quarter * 3, 0));
    book.open(
      id,
      `Chronicle, quarter ${quarter} of ${year} (generated)`,
      quarterEnd > WINDOW_END ? WINDOW_END : quarterEnd,
    );
  }
  return id;
}

export function buildEvents(
  f: Faker,
  t: Tables,
  book: SourceBook,
  cite: CiteFn,
  members: Member[],
) {
  const days = Array.from({ length: EVENT_COUNT }, () => randomDay(f, WINDOW_START, WINDOW_END));
  days.sort((a, b) => a.getTime() - b.getTime());
  days.forEach((day, sequence) => {
    const template = f.helpers.arrayElement(EVENT_TEMPLATES);
    const many = template.sentence.includes("{countries}");
    const countries = f.helpers.arrayElements(members, many ? { min: 2, max: 3 } : 1);
    const conditions = f.helpers.arrayElements(CONDITIONS, { min: 1, max: 2 });
    const city = f.location.city();
    const official = f.person.fullName();
    const fill = (s: string) =>
      s
        .replaceAll("{date}", longDate(day))
        .replaceAll("{city}", city)
        .replaceAll("{official}", official)
        .replaceAll("{country}", countries[0]!.name)
        .replaceAll("{countries}", new Intl.ListFormat("en").format(countries.map((c) => c.name)))
        .replaceAll("{condition}", conditions[0]!.phrase);
    const sentence = fill(template.sentence);
    const source = chronicleOf(book, day);
    const id = `syn-e-${String(sequence + 1).padStart(3, "0")}`;
    const at = during(f, day);
    const row = {
      id,
      kind: template.kind,
      title: tagged(fill(template.title)),
      summary: tagged(sentence),
      occurredOn: day,
      sequence,
      location: city,
      disputeNote: f.datatype.boolean(0.03)
        ? tagged("Another synthetic report places this elsewhere.")
        : null,
      version: 1,
      updatedAt: at,
      published: true,
      internalNote: null,
    };
    const countryCodes = countries.map((c) => c.code).sort();
    const conditionSlugs = conditions.map((c) => c.slug).sort();
    t.events.push(row);
    t.eventCountries.push(...countryCodes.map((countryCode) => ({ eventId: id, countryCode })));
    t.eventConditions.push(
      ...conditionSlugs.map((conditionSlug) => ({ eventId: id, conditionSlug })),
    );
    t.audit.push(...created("Event", row, at, { countryCodes, conditionSlugs }));
    cite({ eventId: id }, id, [book.write(source, sentence)], at);
  });
}
