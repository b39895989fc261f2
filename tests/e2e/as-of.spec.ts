import { expect, test } from "./fixtures";

test("the tracker as of a past date is bannered, read-only, rebuilt from history", async ({
  page,
}) => {
  await page.goto("/?asOf=2020-01-01");
  await expect(page.getByRole("note")).toContainText(
    "Past view: as it stood at the end of 1 Jan 2020 (UTC)",
  );
  await expect(
    page.getByText("Nothing had been recorded yet at the end of 1 Jan 2020 (UTC)."),
  ).toBeVisible();

  const today = new Date().toISOString().slice(0, 10);
  const todayLabel = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date());
  await page.goto(`/countries/FR?asOf=${today}`);
  await expect(page.getByRole("note")).toContainText(`end of ${todayLabel} (UTC)`);
  await expect(page.getByRole("heading", { level: 1, name: "France" })).toBeVisible();
  await expect(page.getByText("Committed to deploy").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit posture" })).toHaveCount(0);

  // The date picker is a plain form: choosing a date reloads the view as of that day.
  await page.goto("/conditions/us-backstop");
  await page.getByLabel("View as of").fill(today);
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page).toHaveURL(new RegExp(`/conditions/us-backstop\\?asOf=${today}`));
  await expect(page.getByText("In progress").first()).toBeVisible();

  await page.goto("/?asOf=not-a-date");
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: 'asOf "not-a-date" is not a date. Use a date like 2026-03-31' }),
  ).toBeVisible();
});
