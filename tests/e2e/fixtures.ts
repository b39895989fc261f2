/**
 * Playwright fixtures. `testCountry` writes a country of its own (with a posture, a
 * pledge, a condition and citations) into the e2e database and removes it afterwards,
 * so tests never depend on each other's data or order.
 */
import { randomBytes, randomInt } from "node:crypto";
import { test as base } from "@playwright/test";
import { withDatabase } from "../../lib/db-lifecycle/connect";
import { embeddedUrl } from "../../lib/db-lifecycle/embedded";
import { createClient } from "../../lib/db-lifecycle/prepare";
import { EMBEDDED_TEST_PORT } from "../support/server";

export const E2E_DATABASE_URL = withDatabase(
  process.env.TEST_DATABASE_URL ?? embeddedUrl(EMBEDDED_TEST_PORT),
  `guarantor_e2e_${process.env.E2E_PORT ?? 3100}`,
);

type TestCountry = { code: string; name: string; pledgeDescription: string; conditionSlug: string; conditionName: string; quote: string };

export const test = base.extend<{ testCountry: TestCountry }>({
  testCountry: async ({}, use) => {
    const db = createClient(E2E_DATABASE_URL);
    const suffix = randomBytes(3).toString("hex");
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    // ISO 3166 keeps XA-XZ for user assignment: no real country is ever there.
    const code = `X${letters[randomInt(26)]}`;
    const name = `Testland ${suffix}`;
    const conditionSlug = `test-condition-${suffix}`;
    const quote = "26 countries had agreed to be ready to deploy forces";
    await db.country.create({
      data: { code, alpha3: `X${code[1]}${letters[randomInt(26)]}`, numeric: "999", name, euMember: true, natoMember: false, region: "Test region" },
    });
    await db.condition.create({
      data: {
        slug: conditionSlug,
        name: `Test condition ${suffix}`,
        description: "Made by a test.",
        category: "LEGAL",
        status: "NOT_MET",
        evidence: "Made by a test.",
        citations: { create: [{ sourceId: "after-the-summit", quote }] },
      },
    });
    const pledgeDescription = `Test engineers ${suffix}`;
    await db.membership.create({
      data: {
        id: `m-${suffix}`,
        coalitionSlug: "coalition-of-the-willing",
        countryCode: code,
        isMember: true,
        posture: "CONDITIONAL",
        summary: `Test posture ${suffix}`,
        citations: { create: [{ sourceId: "after-the-summit", quote }] },
      },
    });
    await db.pledge.create({
      data: {
        id: `p-${suffix}`,
        coalitionSlug: "coalition-of-the-willing",
        countryCode: code,
        domain: "ENGINEERING",
        description: pledgeDescription,
        status: "CONDITIONAL",
        disclosure: "REPORTED",
        conditions: { create: [{ conditionSlug }] },
        citations: { create: [{ sourceId: "after-the-summit", quote }] },
      },
    });
    await use({ code, name, pledgeDescription, conditionSlug, conditionName: `Test condition ${suffix}`, quote });
    await db.pledge.deleteMany({ where: { countryCode: code } });
    await db.membership.deleteMany({ where: { countryCode: code } });
    await db.condition.deleteMany({ where: { slug: conditionSlug } });
    await db.country.delete({ where: { code } });
    await db.$disconnect();
  },
});

export { expect } from "@playwright/test";
