import { expectNoSeriousA11yViolations } from "./axe";
import { expect, test } from "./fixtures";

test("compare shows countries side by side by domain, status and conditions", async ({ page }) => {
  await page.goto("/compare?c=FR,GB,DE");
  const grid = page.getByRole("table");
  const headers = grid.getByRole("columnheader");
  await expect(headers).toHaveText([/France/, /United Kingdom/, /Germany/]);
  const capability = grid.getByRole("row", { name: /Capability building/ });
  await expect(capability.getByRole("cell").nth(2)).toContainText(
    "Will participate in rebuilding Ukrainian capabilities.",
  );
  await expect(capability.getByRole("cell").nth(0)).toContainText("none recorded");
  const waits = grid.getByRole("row", { name: /Pledges wait on/ });
  await expect(
    waits.getByRole("cell").nth(0).getByRole("link", { name: "A US backstop" }),
  ).toBeVisible();
  await expect(
    grid
      .getByRole("row", { name: /Posture/ })
      .getByRole("cell")
      .nth(2),
  ).toContainText("Conditional");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("combobox", { name: /Country 3/ }).selectOption({ label: "Ireland" });
  await expect(page).toHaveURL(/c=FR,GB,IE/);
  await expect(headers).toHaveText([/France/, /United Kingdom/, /Ireland/]);
  await page.reload();
  await expect(headers).toHaveText([/France/, /United Kingdom/, /Ireland/]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the pickers are a plain form", async ({ page }) => {
    await page.goto("/compare?c=FR,GB");
    await page.getByRole("combobox", { name: /Country 3/ }).selectOption({ label: "Germany" });
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare\?c=FR,GB,DE$/);
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveText([
      /France/,
      /United Kingdom/,
      /Germany/,
    ]);
  });
});

test("unknown or malformed codes get a clear message, not an error", async ({ page }) => {
  const response = await page.goto("/compare?c=FR,ZZ,France");
  expect(response?.status()).toBe(200);
  const problems = page
    .getByRole("alert")
    .filter({ hasText: "No country with the code ZZ is recorded." });
  await expect(problems).toContainText("“France” is not a country code");
  await expect(page.getByText("Choose at least 2 countries to compare with France.")).toBeVisible();
});
