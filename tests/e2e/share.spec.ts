import { expect, signIn, test } from "./fixtures";

test("an editor shares a country; anyone opens it read-only; revoking ends it at once", async ({
  page,
  editor,
  testCountry,
  browser,
  baseURL,
}) => {
  await signIn(page, editor);
  await page.goto(`/countries/${testCountry.code}`);
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await page.getByLabel("Label").fill(`Briefing for ${testCountry.name}`);
  await page.getByLabel("Frozen: as it stands now, whatever changes later").check();
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByLabel("Link", { exact: true }).inputValue();
  expect(url).toMatch(new RegExp(`^${baseURL}/s/[A-Za-z0-9_-]{43}$`));

  // A fresh browser with no session: the view, and nothing else.
  const visitor = await browser.newContext();
  const reader = await visitor.newPage();
  const response = await reader.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["x-robots-tag"]).toContain("noindex");
  expect(response?.headers()["x-frame-options"]).toBe("DENY");
  await expect(reader.getByRole("heading", { level: 1, name: testCountry.name })).toBeVisible();
  await expect(reader.getByText(/Frozen: as it stood on/)).toBeVisible();
  await expect(reader.getByRole("article", { name: testCountry.pledgeDescription })).toBeVisible();
  await expect(reader.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expect(reader.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /^https?:\/\/[^/]+\/s\/[^/]+\/opengraph-image/,
  );
  const html = await reader.content();
  expect(html).not.toContain(editor.email);
  expect(html).not.toContain(editor.name);

  // The embeddable variant may be framed; the API cannot be written through anything.
  const embed = await reader.request.get(url.replace("/s/", "/embed/"));
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect((await reader.request.post("/api/v1/pledges", { data: {} })).status()).toBe(405);

  // The editor's list shows the opening; revoking stops the link on the next request.
  await page.goto("/shares");
  const row = page.getByRole("row", { name: new RegExp(`Briefing for ${testCountry.name}`) });
  await expect(row.getByRole("cell").nth(3)).toContainText("1");
  await row.getByRole("button", { name: "Revoke" }).click();
  await page
    .getByRole("dialog", { name: /^Revoke this link\?/ })
    .getByRole("button", { name: "Revoke link" })
    .click();
  await expect(row.getByText("revoked", { exact: true })).toBeVisible();
  const after = await reader.reload();
  expect(after?.status()).toBe(404);
  await expect(
    reader.getByRole("heading", { name: "This link is no longer active" }),
  ).toBeVisible();

  const guessed = await reader.goto(`/s/${"A".repeat(43)}`);
  expect(guessed?.status()).toBe(404);
  await expect(
    reader.getByRole("heading", { name: "This link is no longer active" }),
  ).toBeVisible();
  await visitor.close();
});
