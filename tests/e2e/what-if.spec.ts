import { expect, test } from "./fixtures";

test.describe("what if", () => {
  test("ticking a condition frees the pledges that wait on it, at once, and the address keeps the scenario", async ({
    page,
    testCountry,
  }) => {
    await page.goto("/what-if");
    const unblocked = page.getByRole("heading", { name: "Unblocked in this scenario" });
    await expect(unblocked).toHaveCount(0);
    await page.getByRole("checkbox", { name: testCountry.conditionName }).check();
    await expect(unblocked).toBeVisible();
    await expect(page.getByRole("link", { name: testCountry.pledgeDescription })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(testCountry.name) })).toContainText(
      "+1 unblocked",
    );
    await expect(page).toHaveURL(new RegExp(`met=[^&]*${testCountry.conditionSlug}`));
    // The link opens the same scenario.
    await page.reload();
    await expect(page.getByRole("checkbox", { name: testCountry.conditionName })).toBeChecked();
    await expect(page.getByRole("link", { name: testCountry.pledgeDescription })).toBeVisible();
  });

  test("works without JavaScript through the form", async ({ browser, testCountry, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/what-if");
    await page.getByRole("checkbox", { name: testCountry.conditionName }).check();
    await page.getByRole("button", { name: "Show this scenario" }).click();
    await expect(page).toHaveURL(new RegExp(`met=${testCountry.conditionSlug}`));
    await expect(page.getByRole("link", { name: testCountry.pledgeDescription })).toBeVisible();
    await page.goto("/what-if?met=no-such-condition");
    await expect(page.getByRole("alert")).toContainText("no-such-condition");
    await context.close();
  });
});
