import { createClient } from "../../lib/db-lifecycle/prepare";
import { E2E_DATABASE_URL, expect, signIn, test } from "./fixtures";

test.describe("charts without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the explorer's charts follow its filters and are drawn on the server", async ({ page }) => {
    await page.goto("/pledges?domain=LAND_FORCES,AIR");
    const charts = page.locator("#charts");
    await expect(charts.getByText("Loading charts…")).toHaveCount(0);
    await expect(
      charts.getByRole("heading", { name: "The pledges above: status over time" }),
    ).toBeVisible();
    // Three charts; the domain chart is drawn twice (wide, and narrow for phones), one shown.
    await expect(charts.locator("svg:visible")).toHaveCount(3);
    await expect(charts.locator("svg rect").first()).toBeVisible();
    // The same numbers as a table: the two filtered pledges, not every pledge.
    const table = charts.getByRole("table", { name: "The pledges above, by domain and status" });
    await charts.getByText("The numbers as a table").first().click();
    await expect(table.getByRole("rowheader")).toHaveText(["Land forces", "Air"]);

    await page.goto("/pledges?q=zzzzzz");
    await expect(charts.getByText("No pledge matches these filters.")).toBeVisible();
    await expect(charts.locator("svg")).toHaveCount(0);
  });

  test("the dashboard's time charts are drawn on the server", async ({ page }) => {
    await page.goto("/");
    const trends = page.locator("#trends");
    await expect(trends.locator("svg")).toHaveCount(2);
    await expect(trends.locator("svg rect").first()).toBeVisible();
    await expect(trends.getByRole("img", { name: /^Pledge status over time\./ })).toBeVisible();
  });
});

test("unknown filter values get a message naming the parameter; case does not matter", async ({
  page,
}) => {
  await page.goto("/pledges?domain=CAPABILITY_BUILDING");
  const count = await page.getByRole("status").first().textContent();
  await page.goto("/pledges?domain=capability_building");
  await expect(page.getByRole("status").first()).toHaveText(count!);
  const notice = page.getByRole("alert").filter({ hasText: "was not understood" });
  await expect(notice).toHaveCount(0);

  await page.goto("/pledges?domain=navy");
  const alert = notice;
  await expect(alert).toContainText("domain: “navy” (ignored)");
  await expect(alert).toContainText("Accepted values: Land forces (LAND_FORCES), Air (AIR)");
});

test("an analyst sees drafts badged in the explorer and gets them in the CSV; the public gets neither", async ({
  page,
  browser,
  baseURL,
  analyst,
  testCountry,
}) => {
  test.slow(); // signs in, and loads the explorer three times
  const db = createClient(E2E_DATABASE_URL);
  const draft = `Draft pledge ${testCountry.code}`;
  await db.pledge.create({
    data: {
      id: `draft-${testCountry.pledgeId}`,
      coalitionSlug: "coalition-of-the-willing",
      countryCode: testCountry.code,
      domain: "AIR",
      description: draft,
      status: "ANNOUNCED",
      disclosure: "REPORTED",
      published: false,
    },
  });
  await db.$disconnect();
  const view = `/pledges?country=${testCountry.code}`;

  await signIn(page, analyst);
  await page.goto(view);
  const row = page.getByRole("row").filter({ hasText: draft });
  await expect(row.getByText("Draft", { exact: true })).toBeVisible();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: testCountry.pledgeDescription })
      .getByText("Draft", { exact: true }),
  ).toHaveCount(0);
  const csvHref = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  const csv = await (await page.request.get(csvHref!)).text();
  expect(csv).toContain(`${draft}`);
  expect(csv).toMatch(new RegExp(`draft-${testCountry.pledgeId},Draft,`));

  const anonymous = await browser.newPage({ baseURL });
  await anonymous.goto(view);
  await expect(anonymous.getByText(draft)).toHaveCount(0);
  const publicCsv = await (await anonymous.request.get(csvHref!)).text();
  expect(publicCsv).not.toContain(draft);
  expect(publicCsv).toContain(`${testCountry.pledgeId},Published,`);
  await anonymous.close();
});
