import { randomBytes } from "node:crypto";
import { expect, signIn, test } from "./fixtures";

const short = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dayOffset = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const shortDay = (day: string) => short.format(new Date(`${day}T00:00:00Z`));
const BAD_DATES = ["0000-01-01", "2026-02-31", "99999-01-01"];

test("a country's status changes say when each happened and when it was recorded", async ({
  page,
  editor,
  testCountry,
}) => {
  await page.goto(`/countries/${testCountry.code}`);
  // The fixture's records give no date: not stated, beside the day they were recorded.
  await expect(page.getByTestId("change-dates").first()).toHaveText(
    `date not stated · recorded ${shortDay(dayOffset(0))}`,
  );

  await signIn(page, editor);
  await page.goto(`/edit/pledges/${testCountry.pledgeId}`);
  await page.getByLabel("Status").selectOption("CONFIRMED");
  await page.getByLabel("Source").selectOption("after-the-summit");
  await page.getByLabel("Quote").fill("engineers to clear mines");
  await page.getByLabel("When did this happen?").fill("2025-11-04");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/countries/${testCountry.code}`));
  await expect(page.getByTestId("change-dates").first()).toHaveText(
    `happened 4 Nov 2025 · recorded ${shortDay(dayOffset(0))}`,
  );
  // The history page shows both too, with the recording time to the minute.
  await page.goto(`/history/Pledge/${testCountry.pledgeId}`);
  await expect(page.getByTestId("change-dates").first()).toContainText(
    "happened 4 Nov 2025 · recorded ",
  );
});

test("the over-time charts say which date they are drawn by", async ({ page }) => {
  await page.goto("/");
  const trends = page.locator("#trends");
  for (const title of ["Pledge status over time", "Conditions met over time"]) {
    await expect(trends.getByRole("figure", { name: title })).toContainText(
      /By (date recorded: no source dates these changes|the date each change happened)/,
    );
  }
  await expect(trends).not.toContainText("of history");
});

test("sources show their publication date, or say it is not stated; the form's date reaches the API", async ({
  page,
  editor,
  request,
}) => {
  await page.goto("/sources/after-the-summit");
  await expect(page.getByText("publication date not stated")).toBeVisible();

  await signIn(page, editor);
  await page.goto("/edit/sources/new");
  const title = `Dated report ${randomBytes(3).toString("hex")}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publication date").fill("2026-11-03");
  await page
    .getByLabel("Full text")
    .fill(`${title}: the coalition met again and said many things.`);
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+$/);
  await expect(page.getByText("published 3 November 2026")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  const res = await request.get(`/api/v1/sources/${id}`);
  expect(((await res.json()) as { publishedOn: string }).publishedOn).toBe("2026-11-03");
});

test("as of a moment before a country's first record, it says the record did not exist yet", async ({
  page,
  testCountry,
}) => {
  const yesterday = dayOffset(-1);
  const res = await page.goto(`/countries/${testCountry.code}?asOf=${yesterday}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("note")).toContainText(
    `Past view: as it stood at the end of ${shortDay(yesterday)} (UTC)`,
  );
  await expect(
    page.getByText(`No record of ${testCountry.name} existed yet on ${shortDay(yesterday)}.`),
  ).toBeVisible();
  await expect(page.getByText("may be wrong")).toHaveCount(0);
});

test("a future as-of date shows the current data, without the past-view banner", async ({
  page,
  testCountry,
}) => {
  const tomorrow = dayOffset(1);
  await page.goto(`/countries/${testCountry.code}?asOf=${tomorrow}`);
  await expect(
    page.getByRole("status").filter({ hasText: `${shortDay(tomorrow)} has not come yet` }),
  ).toBeVisible();
  await expect(page.getByText("Past view")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: testCountry.name })).toBeVisible();
});

test("as of a time of day: the state just before a change made today", async ({
  page,
  editor,
  testCountry,
}) => {
  await page.waitForTimeout(1100); // the fixture's records, strictly before the moment
  const before = new Date().toISOString().slice(0, 19);
  await page.waitForTimeout(1100);
  await signIn(page, editor);
  await page.goto(`/edit/pledges/${testCountry.pledgeId}`);
  await page.getByLabel("Status").selectOption("DEPLOYED");
  await page.getByLabel("Reason").fill("Deployed today");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/countries/${testCountry.code}`));
  const pledge = () => page.getByRole("article", { name: testCountry.pledgeDescription });
  await expect(pledge().getByText("Deployed", { exact: true })).toBeVisible();

  await page.goto(`/countries/${testCountry.code}?asOf=${before}`);
  await expect(page.getByRole("note")).toContainText(
    `as it stood at ${shortDay(before.slice(0, 10))}, ${before.slice(11)} UTC`,
  );
  await expect(pledge().getByText("Conditional", { exact: true })).toBeVisible();

  // The picker takes a UTC time beside the date.
  await page.goto(`/countries/${testCountry.code}`);
  await page.getByLabel("View as of").fill(before.slice(0, 10));
  await page.getByLabel("Time (UTC, optional)").fill("00:00");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page.getByRole("note")).toContainText(
    `as it stood at ${shortDay(before.slice(0, 10))}, 00:00 UTC`,
  );
});

test("the pledge explorer and the timeline refuse asOf plainly instead of ignoring it", async ({
  page,
}) => {
  const yesterday = dayOffset(-1);
  await page.goto(`/pledges?asOf=${yesterday}`);
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: `The pledge list cannot be shown as of ${shortDay(yesterday)}` }),
  ).toBeVisible();
  await page.goto(`/events?asOf=${yesterday}T10:15`);
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: `The timeline cannot be shown as of ${shortDay(yesterday)}, 10:15 UTC` }),
  ).toBeVisible();
  await page.goto("/pledges?asOf=2026-02-31");
  await expect(
    page.getByRole("alert").filter({ hasText: "asOf 2026-02-31 is not a real date." }),
  ).toBeVisible();
});

test("impossible and out-of-range asOf dates are refused on the page with a message", async ({
  page,
}) => {
  const why: Record<string, string> = {
    "0000-01-01": "the year must be from 1900 to 2100",
    "2026-02-31": "is not a real date",
    "99999-01-01": "is not a date",
  };
  for (const value of BAD_DATES) {
    for (const path of ["/", "/countries/FR", "/conditions/us-backstop"]) {
      const res = await page.goto(`${path}?asOf=${value}`);
      expect(res?.status(), `${path}?asOf=${value}`).toBe(200);
      await expect(page.getByRole("alert").filter({ hasText: why[value]! })).toBeVisible();
      await expect(page.getByText("Past view")).toHaveCount(0);
    }
  }
});

test("an impossible date in a form is refused beside its field and nothing is written", async ({
  page,
  editor,
  request,
}) => {
  await signIn(page, editor);
  await page.goto("/edit/events/new");
  await page.waitForLoadState("networkidle"); // hydrated: the browser checks first, as a user would see
  const title = `Dated event ${randomBytes(3).toString("hex")}`;
  await page.getByLabel("Kind").selectOption("STATEMENT");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("A summary that is long enough.");
  await page.getByLabel("Reason").fill("testing dates");
  for (const value of BAD_DATES) {
    // A browser's date picker cannot produce these; a hand-made request can.
    await page.getByLabel("Date", { exact: true }).evaluate((input: HTMLInputElement, v) => {
      input.type = "text";
      input.value = v;
    }, value);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.locator("#occurredOn-error")).toContainText(value.slice(0, 10));
    await expect(page.getByLabel("Title")).toHaveValue(title);
  }
  const events = (await (await request.get("/api/v1/events?limit=500")).json()) as {
    data: { title: string }[];
  };
  expect(events.data.map((e) => e.title)).not.toContain(title);
});
