import { expectNoSeriousA11yViolations } from "./axe";
import { expect, test } from "./fixtures";

test("the dashboard shows the coalition's headline figures and links to what they count", async ({
  page,
}) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Coalition of the Willing" }),
  ).toBeVisible();
  await expect(page.getByText("leaders met in Paris")).toBeVisible();
  await expect(page.getByText(/26 ready, 2 named publicly/)).toBeVisible();
  // The real dataset: no "synthetic data" banner (that is for db:synthetic's database).
  await expect(page.getByText("Synthetic data.")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByRole("heading", { name: "Conditions for deployment" })).toBeVisible();
  await expect(page.getByRole("link", { name: "A US backstop" })).toBeVisible();

  // A count links to exactly what it counts.
  await page.getByRole("link", { name: /Capability building/ }).click();
  await expect(page).toHaveURL(/\/pledges\?domain=CAPABILITY_BUILDING/);
  await expect(page.getByRole("status")).toHaveText("2 pledges");

  await page.goto("/");
  await page.getByRole("link", { name: "France" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "France" })).toBeVisible();
});

test("a country page shows posture, pledges by domain, blockers and quotes", async ({
  page,
  testCountry,
}) => {
  await page.goto(`/countries/${testCountry.code}`);
  await expect(page.getByRole("heading", { level: 1, name: testCountry.name })).toBeVisible();
  await expect(page.getByText("Conditional", { exact: true }).first()).toBeVisible();
  const pledge = page.getByRole("article", { name: testCountry.pledgeDescription });
  await expect(pledge.getByText("Blocked by:")).toBeVisible();
  await expect(pledge.getByRole("link", { name: testCountry.conditionName })).toBeVisible();
  await expect(pledge.getByText("undisclosed")).toBeVisible();

  // The quote is folded; opening it shows the verbatim words and the source.
  await expect(pledge.getByText(testCountry.quote)).toBeHidden();
  await pledge.getByText("Source and quote").click();
  await expect(pledge.getByText(testCountry.quote)).toBeVisible();
  await pledge.getByRole("link", { name: /After the Summit/ }).click();
  await expect(page).toHaveURL(/\/sources\/after-the-summit#citation-/);
  await expect(page.locator("mark:target, mark:has(:target)")).toContainText(
    "26 countries had agreed",
  );
});

test("the real France page cites its posture and names what blocks its pledge", async ({
  page,
}) => {
  await page.goto("/countries/fr");
  await expect(page).toHaveURL(/\/countries\/FR$/);
  await expect(page.getByText("Committed to deploy").first()).toBeVisible();
  await expect(
    page
      .getByText(
        "among the countries that have publicly signalled willingness are France and Britain",
      )
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "What stands in the way" })).toBeVisible();
  await expect(page.getByRole("link", { name: "A US backstop" }).first()).toBeVisible();
});

test("a condition page shows its status, evidence and the pledges waiting on it", async ({
  page,
  testCountry,
}) => {
  await page.goto(`/conditions/${testCountry.conditionSlug}`);
  await expect(
    page.getByRole("heading", { level: 1, name: testCountry.conditionName }),
  ).toBeVisible();
  await expect(page.getByText("Not met").first()).toBeVisible();
  await expect(page.getByRole("article", { name: testCountry.pledgeDescription })).toBeVisible();
  await expect(page.getByRole("link", { name: testCountry.name })).toBeVisible();

  await page.goto("/conditions/us-backstop");
  await expect(page.getByText("In progress").first()).toBeVisible();
  await expect(
    page.getByText("Washington’s contribution would be finalised in the coming days").first(),
  ).toBeVisible();
});

test("a source page lists the facts citing it and marks their quotes in the text", async ({
  page,
  testCountry,
}) => {
  await page.goto("/sources/after-the-summit");
  await expect(page.getByRole("heading", { level: 1, name: /After the Summit/ })).toBeVisible();
  await expect(
    page.getByRole("link", { name: `${testCountry.name}: ${testCountry.pledgeDescription}` }),
  ).toBeVisible();
  await expect(
    page
      .locator("mark")
      .filter({ hasText: "Macron declined to list the 26 nations publicly." })
      .first(),
  ).toBeVisible();
});

test("disputed facts are shown with their note", async ({ page }) => {
  await page.goto("/events");
  const rutte = page.locator("#event-e-rutte");
  await expect(rutte.getByText("Disputed:")).toBeVisible();
  await expect(rutte.getByText(/NATO Secretary General/)).toBeVisible();
});

test("an event of the timeline has its own page, with its quotes open", async ({ page }) => {
  await page.goto("/events");
  await page.getByRole("link", { name: "Paris summit of the coalition of the willing" }).click();
  await expect(page).toHaveURL(/\/events\/e-paris-summit$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Paris summit of the coalition of the willing" }),
  ).toBeVisible();
  await expect(page.getByText("Élysée Palace, Paris")).toBeVisible();
  await expect(page.getByRole("link", { name: "France", exact: true })).toBeVisible();
  await expect(
    page.getByText("beneath the ornate frescoes of the Élysée Palace", { exact: false }),
  ).toBeVisible();
});

for (const path of [
  "/events/no-such-event",
  "/countries/ZZ",
  "/countries/france",
  "/conditions/no-such-thing",
  "/sources/nope",
  "/no-such-page",
]) {
  test(`unknown ${path} is a real 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
}
