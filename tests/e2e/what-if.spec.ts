import { expect, signIn, test } from "./fixtures";

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

  test("an editor shares a scenario as a link; a reader opens it with the scenario ticked and can explore it", async ({
    page,
    editor,
    testCountry,
    browser,
  }) => {
    await signIn(page, editor);
    await page.goto("/what-if");
    await page.getByRole("checkbox", { name: testCountry.conditionName }).check();
    await page.getByRole("link", { name: "Share this scenario as a link…" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(testCountry.conditionName);
    // A scenario is recounted from the current data: there is no frozen or release choice.
    await expect(page.getByLabel(/^Frozen/)).toHaveCount(0);
    await page.getByRole("button", { name: "Create link" }).click();
    const url = await page.getByLabel("Link", { exact: true }).inputValue();

    const visitor = await browser.newContext();
    const reader = await visitor.newPage();
    await reader.goto(url);
    const box = reader.getByRole("checkbox", { name: testCountry.conditionName });
    await expect(box).toBeChecked();
    await expect(reader.getByRole("link", { name: testCountry.pledgeDescription })).toBeVisible();
    // Exploring recounts in place and leaves the link's address alone.
    await box.uncheck();
    await expect(reader.getByRole("link", { name: testCountry.pledgeDescription })).toHaveCount(0);
    expect(reader.url()).toBe(url);
    await reader.getByRole("button", { name: "Back to the shared scenario" }).click();
    await expect(box).toBeChecked();
    await visitor.close();
  });
});
