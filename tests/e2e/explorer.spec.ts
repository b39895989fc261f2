import { readFileSync } from "node:fs";
import { expectNoSeriousA11yViolations } from "./axe";
import { expect, test } from "./fixtures";

test("explorer filters, sorting and columns live in the URL and survive a reload", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("/pledges");
  const filters = page.getByRole("search", { name: "Filter pledges" });
  const domain = filters.getByRole("group", { name: /Domain/ });
  await domain.getByRole("checkbox", { name: "Air", exact: true }).check();
  await expect(page).toHaveURL(/domain=AIR(&|$)/);
  await domain.getByRole("checkbox", { name: "Maritime" }).check();
  await expect(page).toHaveURL(/domain=AIR,MARITIME/);
  await expect(page.getByRole("status")).toHaveText("2 pledges");

  // "Air and maritime pledges that are blocked by the US backstop".
  await filters
    .getByRole("group", { name: /Waiting on condition/ })
    .getByRole("checkbox", { name: "A US backstop" })
    .check();
  await filters.getByRole("checkbox", { name: /Blocked only/ }).check();
  await expect(page).toHaveURL(/condition=us-backstop/);
  await expect(page).toHaveURL(/blocked=1/);
  await expect(page.getByRole("status")).toHaveText("2 pledges");

  const table = page.getByRole("table");
  await table.getByRole("link", { name: /^Status: sort/ }).click();
  await expect(page).toHaveURL(/sort=status/);
  await expect(table.getByRole("columnheader", { name: /Status/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );

  await page.getByText("Columns", { exact: true }).click();
  await page
    .getByRole("group", { name: "Columns to show" })
    .getByRole("checkbox", { name: "Disclosure" })
    .uncheck();
  await expect(page).toHaveURL(/cols=/);
  await expect(table.getByRole("columnheader", { name: /Disclosure/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("status")).toHaveText("2 pledges");
  await expect(domain.getByRole("checkbox", { name: "Air", exact: true })).toBeChecked();
  await expect(domain.getByRole("checkbox", { name: "Maritime" })).toBeChecked();
  await expect(filters.getByRole("checkbox", { name: /Blocked only/ })).toBeChecked();
  await expect(table.getByRole("columnheader", { name: /Status/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await expect(table.getByRole("columnheader", { name: /Disclosure/ })).toHaveCount(0);
  await expect(
    table.getByRole("link", { name: /Readiness to deploy forces in the air/ }),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText(
    "Waits on: A US backstop",
  );
  await expectNoSeriousA11yViolations(page);

  // "Downloads exactly what they see": the same two pledges, with their sources.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("group", { name: "Download" }).getByRole("link", { name: "CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^guarantor-pledges-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), "utf8");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/quotes/);
  expect(
    lines
      .slice(1)
      .map((l) => l.split(",")[0])
      .sort(),
  ).toEqual(["p-26-air", "p-26-maritime"]);
  expect(csv).toContain("us-backstop");

  // A row leads to its pledge.
  await table.getByRole("link", { name: /Readiness to deploy forces at sea/ }).click();
  await expect(page).toHaveURL(/\/pledges\/p-26-maritime$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Among the 26 ready countries",
  );
});

test("the dashboard's old explorer links still filter", async ({ page }) => {
  await page.goto("/pledges?country=undisclosed&blocked=1");
  await expect(page.getByRole("status")).toHaveText("3 pledges");
  await page.goto("/pledges?condition=us-backstop&domain=FORCES_UNSPECIFIED");
  await expect(page.getByRole("status")).toHaveText("2 pledges");
  await page.getByRole("table").getByRole("link", { name: "France" }).click();
  await expect(page).toHaveURL(/\/countries\/FR$/);
});

test("search text narrows the list after a pause", async ({ page }) => {
  await page.goto("/pledges");
  await page.getByRole("searchbox", { name: "Search descriptions" }).fill("bolster");
  await expect(page).toHaveURL(/q=bolster/);
  await expect(page.getByRole("status")).toHaveText("1 pledge");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the explorer is a plain form and a server-rendered table", async ({ page }) => {
    await page.goto("/pledges?domain=CAPABILITY_BUILDING");
    await expect(page.getByRole("status")).toHaveText("2 pledges");
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
    await page
      .getByRole("group", { name: /Domain/ })
      .getByRole("checkbox", { name: "Air", exact: true })
      .check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    // A plain form repeats the key and sends empty fields; the server tidies the URL.
    await expect(page).toHaveURL(/\/pledges\?domain=AIR,CAPABILITY_BUILDING$/);
    await expect(
      page
        .getByRole("group", { name: /Domain/ })
        .getByRole("checkbox", { name: "Air", exact: true }),
    ).toBeChecked();
    await expect(page.getByRole("status")).toHaveText("3 pledges");
    await page.getByRole("link", { name: /^Status: sort/ }).click();
    await expect(page).toHaveURL(/sort=status/);
    await expect(page.getByRole("status")).toHaveText("3 pledges");
  });
});

test("an unknown pledge is a real 404", async ({ page }) => {
  const response = await page.goto("/pledges/no-such-pledge");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
