/**
 * Playwright fixtures. `testCountry` writes a country of its own (with a posture, a
 * pledge, a condition and citations) into the e2e database and removes it afterwards,
 * so tests never depend on each other's data or order.
 */
import { randomBytes, randomInt } from "node:crypto";
import { expect, test as base, type Page } from "@playwright/test";
import { createAuth } from "../../lib/auth/config";
import type { Role } from "../../lib/auth/permissions";
import { createUserAccount } from "../../lib/auth/users";
import type { EntityType } from "../../lib/changes/snapshot";
import { recordCreations } from "../../lib/entities";
import { withDatabase } from "../../lib/db-lifecycle/connect";
import { embeddedUrl } from "../../lib/db-lifecycle/embedded";
import { createClient } from "../../lib/db-lifecycle/prepare";
import { generateToken, hashToken } from "../../lib/shares/token";
import { EMBEDDED_TEST_DIR, EMBEDDED_TEST_PORT } from "../support/server";

export const E2E_DATABASE_URL = withDatabase(
  process.env.TEST_DATABASE_URL ??
    embeddedUrl({ port: EMBEDDED_TEST_PORT, dataDir: EMBEDDED_TEST_DIR }),
  `guarantor_e2e_${process.env.E2E_PORT ?? 3100}`,
);

type TestCountry = {
  pledgeId: string;
  code: string;
  name: string;
  pledgeDescription: string;
  conditionSlug: string;
  conditionName: string;
  quote: string;
};

export type TestUser = { email: string; password: string; name: string; role: Role };

/** Creates an account of the given role for one test; removed afterwards. */
async function withUser(role: Role, use: (u: TestUser) => Promise<void>) {
  // Only hashing happens here; the server signs sessions with its own secret.
  process.env.BETTER_AUTH_SECRET ??= "e2e-fixture-secret-that-is-long-enough-0000";
  const db = createClient(E2E_DATABASE_URL);
  const suffix = randomBytes(4).toString("hex");
  const user = {
    email: `${role}-${suffix}@e2e.test`,
    password: `pw-${suffix}-long-enough`,
    name: `E2E ${role} ${suffix}`,
    role,
  };
  const created = await createUserAccount(createAuth(db), db, user, {
    id: null,
    name: "e2e fixture",
    email: null,
  });
  await use(user);
  await db.user.delete({ where: { id: created.id } }).catch(() => {});
  await db.$disconnect();
}

export async function signIn(page: Page, user: TestUser) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Fails to sign in `times` times as `email`; `headers(i)` adds request headers to attempt i. */
export async function failSignIns(
  page: Page,
  email: string,
  times: number,
  headers?: (i: number) => Record<string, string>,
) {
  await page.goto("/sign-in");
  for (let i = 0; i < times; i++) {
    if (headers) await page.setExtraHTTPHeaders(headers(i));
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/sign-in")),
      page.getByRole("button", { name: "Sign in", exact: true }).click(),
    ]);
    await expect(page.locator("main [role=alert]")).toBeVisible();
  }
}

// ISO 3166 leaves these codes to users: no real country is ever there.
const USER_CODES = [
  "AA",
  ..."MNOPQRSTUVWXYZ".split("").map((l) => `Q${l}`),
  ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("").map((l) => `X${l}`),
];

/** Inserts a country under a free user-assigned code (parallel tests may hold some). */
async function createTestCountry(
  db: ReturnType<typeof createClient>,
  name: string,
): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const code = USER_CODES[randomInt(USER_CODES.length)]!;
    const alpha3 = `${code}${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[randomInt(26)]}`;
    try {
      await db.country.create({
        data: {
          code,
          alpha3,
          numeric: "999",
          name,
          euMember: true,
          natoMember: false,
          region: "Test region",
        },
      });
      return code;
    } catch {
      // taken by a test running in parallel: try another code
    }
  }
  throw new Error("no free user-assigned country code for the test");
}

type ShareScope = "DASHBOARD" | "COUNTRY" | "CONDITION" | "PLEDGES" | "WHAT_IF";
/** Makes a share link straight in the database (as `createShare` does) and returns its token. */
type MakeShare = (
  scope: ShareScope,
  params: Record<string, unknown>,
  opts?: { frozen?: boolean; label?: string },
) => Promise<string>;

export const test = base.extend<{
  testCountry: TestCountry;
  editor: TestUser;
  secondEditor: TestUser;
  analyst: TestUser;
  makeShare: MakeShare;
  cspGuard: void;
}>({
  // Every test fails if the page's Content-Security-Policy blocked anything it tried to run or load.
  cspGuard: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(
            `Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`,
          ),
        );
      });
      await use();
      expect(violations, "CSP violations").toEqual([]);
    },
    { auto: true },
  ],
  makeShare: async ({}, use) => {
    const db = createClient(E2E_DATABASE_URL);
    const ids: string[] = [];
    await use(async (scope, params, opts = {}) => {
      const token = generateToken();
      const id = `sh-e2e-${randomBytes(6).toString("hex")}`;
      const now = new Date();
      await db.shareLink.create({
        data: {
          id,
          tokenHash: hashToken(token),
          scope,
          params: params as object,
          label: opts.label ?? `E2E link ${id}`,
          createdById: "e2e",
          createdByName: "e2e fixture",
          createdAt: now,
          frozenAt: opts.frozen ? now : null,
        },
      });
      ids.push(id);
      return token;
    });
    await db.shareLink.deleteMany({ where: { id: { in: ids } } });
    await db.$disconnect();
  },
  editor: async ({}, use) => withUser("editor", use),
  /** Another editor: the second pair of eyes in review before publish. */
  secondEditor: async ({}, use) => withUser("editor", use),
  analyst: async ({}, use) => withUser("analyst", use),
  testCountry: async ({}, use) => {
    const db = createClient(E2E_DATABASE_URL);
    const suffix = randomBytes(3).toString("hex");
    const name = `Testland ${suffix}`;
    const conditionSlug = `test-condition-${suffix}`;
    const quote = "26 countries had agreed to be ready to deploy forces";
    const code = await createTestCountry(db, name);
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
    // History, as the app writes it, so past and frozen views know this data too.
    const citations = await db.citation.findMany({
      where: {
        OR: [{ pledgeId: `p-${suffix}` }, { membershipId: `m-${suffix}` }, { conditionSlug }],
      },
    });
    const made: [EntityType, string][] = [
      ["Country", code],
      ["Condition", conditionSlug],
      ["Membership", `m-${suffix}`],
      ["Pledge", `p-${suffix}`],
      ...citations.map((c) => ["Citation", c.id] as [EntityType, string]),
    ];
    await recordCreations(db, made, { actor: { id: null, name: "e2e fixture", email: null } });
    await use({
      pledgeId: `p-${suffix}`,
      code,
      name,
      pledgeDescription,
      conditionSlug,
      conditionName: `Test condition ${suffix}`,
      quote,
    });
    await db.pledge.deleteMany({ where: { countryCode: code } });
    await db.membership.deleteMany({ where: { countryCode: code } });
    await db.condition.deleteMany({ where: { slug: conditionSlug } });
    await db.country.delete({ where: { code } });
    await db.$disconnect();
  },
});

export { expect } from "@playwright/test";
