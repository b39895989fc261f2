import { expect, test } from "./fixtures";

test("a real country no source names gets a page saying so; only invalid codes are 404", async ({
  page,
}) => {
  const poland = await page.goto("/countries/PL");
  expect(poland?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Poland" })).toBeVisible();
  await expect(page.getByText("No source records a posture or pledge for Poland.")).toBeVisible();
  await expect(page).toHaveTitle(/Poland/);

  await page.goto("/countries/pl");
  await expect(page).toHaveURL(/\/countries\/PL$/);

  for (const code of ["ZZ", "XX", "POL"]) {
    expect((await page.goto(`/countries/${code}`))?.status(), code).toBe(404);
  }
});

for (const javaScriptEnabled of [false, true]) {
  test(`the country list can be searched (JavaScript ${javaScriptEnabled ? "on: it follows the typing" : "off: a GET form"})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/countries");
    // With JavaScript, typing filters once the page is interactive.
    if (javaScriptEnabled) await page.waitForLoadState("networkidle");
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: "Germany" })).toBeVisible();
    const search = page.getByRole("searchbox", { name: "Find a country" });
    await search.fill("irel");
    if (!javaScriptEnabled) await search.press("Enter");
    await expect(page).toHaveURL(/[?&]q=irel/);
    await expect(table.getByRole("link", { name: "Ireland" })).toBeVisible();
    await expect(table.getByRole("link", { name: "Germany" })).toHaveCount(0);

    // A real country with no record is found too, and leads to its page.
    await search.fill("poland");
    if (!javaScriptEnabled) await search.press("Enter");
    await expect(page.getByText("No country the sources name matches “poland”.")).toBeVisible();
    await page
      .getByRole("region", { name: "No source records a posture or pledge for these" })
      .getByRole("link", { name: "Poland" })
      .click();
    await expect(page).toHaveURL(/\/countries\/PL$/);
    await context.close();
  });
}
