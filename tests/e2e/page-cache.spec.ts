import { createClient } from "../../lib/db-lifecycle/prepare";
import { hashToken } from "../../lib/shares/token";
import { E2E_DATABASE_URL, expect, signIn, test } from "./fixtures";

test("a cached public page never shows what a signed-in editor just saw at the same address, and follows edits", async ({
  page,
  editor,
  testCountry,
  browser,
}) => {
  const db = createClient(E2E_DATABASE_URL);
  const draft = `Draft divers ${testCountry.code}`;
  await db.pledge.create({
    data: {
      id: `pc-${testCountry.pledgeId}`,
      coalitionSlug: "coalition-of-the-willing",
      countryCode: testCountry.code,
      domain: "ENGINEERING",
      description: draft,
      status: "ANNOUNCED",
      disclosure: "REPORTED",
      published: false,
      citations: { create: [{ sourceId: "after-the-summit", quote: testCountry.quote }] },
    },
  });
  const path = `/countries/${testCountry.code}`;
  await signIn(page, editor);
  const live = await page.goto(path);
  await expect(page.getByRole("article", { name: draft })).toBeVisible();
  await expect(page.getByText(editor.name)).toBeVisible();
  expect(live?.headers()["cache-control"]).toMatch(/private.*no-store|no-store.*private/);

  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  for (let i = 0; i < 2; i++) {
    const response = await reader.request.get(path);
    const html = await response.text();
    expect(html).toContain(testCountry.pledgeDescription);
    for (const secret of [
      draft,
      editor.name,
      editor.email,
      `/edit/pledges/${testCountry.pledgeId}`,
    ])
      expect(html).not.toContain(secret);
    expect(response.headers()["cache-control"]).toMatch(
      /^public.*s-maxage=\d+.*stale-while-revalidate=\d+/,
    );
    const etag = response.headers()["etag"]!;
    expect((await reader.request.get(path, { headers: { "if-none-match": etag } })).status()).toBe(
      304,
    );
  }
  await reader.goto(path);
  await expect(reader.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(reader.getByRole("article", { name: draft })).toHaveCount(0);

  // An edit by any process reaches the cached page (how fast is the bench's business:
  // here the one re-render can take seconds on a busy machine).
  const edited = `Edited engineers ${testCountry.code}`;
  await db.pledge.update({ where: { id: testCountry.pledgeId }, data: { description: edited } });
  await expect
    .poll(async () => (await reader.request.get(path)).text(), { timeout: 20_000 })
    .toContain(edited);
  await anonymous.close();
  await db.$disconnect();
});

test("a signed-in reader's page comes again from the cache only while it is exactly the live page", async ({
  page,
  editor,
  testCountry,
}) => {
  const db = createClient(E2E_DATABASE_URL);
  const path = `/countries/${testCountry.code}`;
  const editLink = `/edit/pledges/${testCountry.pledgeId}`;
  await signIn(page, editor);
  // The browser context's cookies go with these requests: the editor's session.
  const read = async () => {
    const response = await page.request.get(path);
    expect(response.headers()["cache-control"]).toMatch(/private.*no-store/);
    expect(response.headers()["etag"]).toBeUndefined();
    return response.text();
  };
  for (let i = 0; i < 2; i++) {
    const html = await read();
    expect(html).toContain(editor.name);
    expect(html).toContain(editLink);
  }

  // A write by any process shows on the very next request: no window, no polling.
  const edited = `Edited at once ${testCountry.code}`;
  await db.pledge.update({ where: { id: testCountry.pledgeId }, data: { description: edited } });
  expect(await read()).toContain(edited);

  // The account loses its editor role: the next page is rendered for an analyst.
  await db.user.update({ where: { email: editor.email }, data: { role: "analyst" } });
  const asAnalyst = await read();
  expect(asAnalyst).toContain(edited);
  expect(asAnalyst).not.toContain(editLink);

  // Its sessions are revoked: the same cookie gets the public page, not a kept copy.
  await db.session.deleteMany({ where: { user: { email: editor.email } } });
  const signedOut = await read();
  expect(signedOut).not.toContain(editor.name);
  await page.goto(path);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await db.$disconnect();
});

test("a frozen share link is immutable, and openings served from the cache are still counted", async ({
  request,
  makeShare,
}) => {
  const token = await makeShare("DASHBOARD", {}, { frozen: true });
  for (let i = 0; i < 3; i++) {
    const response = await request.get(`/s/${token}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toMatch(/^public, max-age=\d+, immutable$/);
  }
  const db = createClient(E2E_DATABASE_URL);
  const opens = async () =>
    (
      await db.shareLink.findUnique({
        where: { tokenHash: hashToken(token) },
        select: { openCount: true },
      })
    )?.openCount;
  await expect.poll(opens, { timeout: 5_000 }).toBe(3);
  await db.$disconnect();
});
