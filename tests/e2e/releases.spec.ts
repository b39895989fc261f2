import { expect, signIn, test } from "./fixtures";

test("an editor publishes a release; its page cites it and its files download; pages offer the feed", async ({
  page,
  editor,
  testCountry,
}) => {
  // Publishing writes every file of the dataset: allow for a busy machine.
  test.slow();
  // The country page links its feed (visible, and for feed readers).
  await page.goto(`/countries/${testCountry.code}`);
  await expect(page.getByRole("link", { name: "Follow" })).toHaveAttribute(
    "href",
    `/feeds/countries/${testCountry.code}.atom`,
  );
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    new RegExp(`/feeds/countries/${testCountry.code}\\.atom$`),
  );

  await signIn(page, editor);
  await page.goto("/releases/new");
  const suggested = await page.getByLabel("Release number").inputValue();
  expect(suggested).toMatch(/^\d+\.\d+\.\d+$/);
  await page.getByLabel("Note").fill(`Adds ${testCountry.name}`);
  await page.getByRole("button", { name: "Publish release" }).click();
  await page.waitForURL(`**/releases/${suggested}`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Guarantor dataset v${suggested}` }),
  ).toBeVisible();
  await expect(page.getByTestId("citation")).toHaveText(
    new RegExp(
      `^Guarantor dataset v${suggested.replace(/\./g, "\\.")}, \\d{4}-\\d{2}-\\d{2}, https?://.+/releases/${suggested.replace(/\./g, "\\.")}$`,
    ),
  );

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "pledges.csv" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`guarantor-${suggested}-pledges.csv`);
  const path = await download.path();
  const text = (await import("node:fs")).readFileSync(path!, "utf8");
  expect(text).toContain(testCountry.pledgeDescription);

  // Publishing the same number again is refused beside the field, the note kept.
  await page.goto("/releases/new");
  await page.getByLabel("Release number").fill(suggested);
  await page.getByLabel("Note").fill("Again");
  await page.getByRole("button", { name: "Publish release" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText(
    `Release ${suggested} already exists: choose a higher number.`,
  );
  await expect(page.getByLabel("Note")).toHaveValue("Again");
});
