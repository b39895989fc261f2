import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { expect, signIn, test } from "./fixtures";

// A phone (iPhone 12-15 size): every page fits its width, and axe finds nothing serious,
// touch targets included. One test per group of pages keeps the suite fast.
test.use({ viewport: { width: 390, height: 844 } });

/**
 * What a phone user would notice: the page scrolls sideways, or a box inside it hides
 * content off to the right (the explorer's table used to be 630 px wide at 390).
 */
async function expectFitsThePhone(page: Page, url: string) {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const boxes = [...document.querySelectorAll("main *, header *")].filter((el) => {
      // A box inside a closed disclosure (a chart's "numbers as a table") is not on screen.
      return (
        el.checkVisibility() &&
        /auto|scroll/.test(getComputedStyle(el).overflowX) &&
        el.scrollWidth > el.clientWidth + 1
      );
    });
    return {
      page: root.scrollWidth > root.clientWidth ? `${root.scrollWidth} px wide` : null,
      boxes: boxes.map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.getAttribute("aria-label") ? `[${el.getAttribute("aria-label")}]` : ""}: ${el.scrollWidth} px in ${el.clientWidth}`,
      ),
    };
  });
  expect(overflow, `${url} at 390 px`).toEqual({ page: null, boxes: [] });
}

async function sweep(page: Page, urls: string[]) {
  for (const url of urls) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expectFitsThePhone(page, url);
    await expectNoSeriousA11yViolations(page, { touchTargets: true, context: url });
  }
}

// Two tests, so the two workers share the public pages (axe on a long page takes seconds).
test("the public lists and records fit a phone and pass axe, touch targets included", async ({
  page,
  testCountry,
}) => {
  test.setTimeout(240_000);
  await sweep(page, [
    "/",
    "/countries",
    `/countries/${testCountry.code}`,
    "/conditions",
    `/conditions/${testCountry.conditionSlug}`,
    "/sources",
    "/sources/after-the-summit",
    "/events",
    `/history/Pledge/${testCountry.pledgeId}`,
  ]);
});

test("the explorer, compare, map and reference pages fit a phone and pass axe, touch targets included", async ({
  page,
  testCountry,
}) => {
  test.setTimeout(240_000);
  await sweep(page, [
    "/map",
    "/capability",
    "/methodology",
    `/compare?c=FR,GB,${testCountry.code}`,
    "/pledges",
    `/pledges?condition=${testCountry.conditionSlug}&blocked=1&cols=country,domain,status,disclosure,conditions,announced,quantity`,
    `/pledges/${testCountry.pledgeId}`,
    "/api-docs",
    "/sign-in",
    "/what-if?met=us-backstop",
    "/frameworks/emerging-peace-framework",
    "/releases",
  ]);
});

test("on a phone the explorer shows cards and compare stacks its countries", async ({
  page,
  testCountry,
}) => {
  await page.goto(`/pledges?country=${testCountry.code}`);
  const card = page.getByRole("row").filter({ hasText: testCountry.pledgeDescription });
  // Every column's value is on the card, with its label beside it, inside the screen.
  for (const text of [
    "Country",
    testCountry.name,
    "Status",
    "Conditional",
    "Disclosure",
    "Reported",
    "Waits on",
    testCountry.conditionName,
  ]) {
    await expect(card.getByText(text, { exact: true }).first()).toBeInViewport();
  }
  const box = await card.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);

  await page.goto(`/compare?c=FR,${testCountry.code}`);
  // One country under the other: the second country's heading sits below the first's posture.
  const first = page.getByRole("heading", { name: "France" });
  const second = page.getByRole("heading", { name: testCountry.name });
  await expect(second).toBeVisible();
  const [a, b] = [await first.boundingBox(), await second.boundingBox()];
  expect(b!.y).toBeGreaterThan(a!.y + 100);
  expect(Math.abs(b!.x - a!.x)).toBeLessThan(20);
});

test("the navigation folds behind a menu button on a phone", async ({ page }) => {
  await page.goto("/methodology");
  const header = page.getByRole("banner");
  expect((await header.boundingBox())!.height).toBeLessThan(90);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  const menu = header.getByText("Menu", { exact: true });
  await menu.click();
  await expect(nav.getByRole("link", { name: "Timeline" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { touchTargets: true, context: "open menu" });
  await nav.getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  // Client-side navigation keeps the layout: the menu closes by itself.
  await expect(nav).toBeHidden();
});

test("the editor forms and signed-in pages fit a phone and pass axe", async ({
  page,
  editor,
  testCountry,
}) => {
  test.setTimeout(240_000);
  await signIn(page, editor);
  await sweep(page, [
    `/countries/${testCountry.code}`,
    "/pledges",
    "/edit/pledges/new",
    `/edit/pledges/${testCountry.pledgeId}`,
    "/edit/conditions/new",
    `/edit/conditions/${testCountry.conditionSlug}`,
    `/edit/countries/${testCountry.code}`,
    "/edit/events/new",
    "/edit/events/e-paris-summit",
    "/edit/sources/new",
    "/edit/requirements/new",
    "/edit/requirements/r-demining",
    "/edit/figures/leaders-met",
    "/shares",
    "/shares/new?scope=COUNTRY&code=FR",
  ]);
});

test("shared views and embeds fit a phone and pass axe", async ({
  page,
  testCountry,
  makeShare,
}) => {
  const country = await makeShare("COUNTRY", { code: testCountry.code });
  const pledges = await makeShare(
    "PLEDGES",
    { filters: { condition: testCountry.conditionSlug } },
    { frozen: true },
  );
  const dashboard = await makeShare("DASHBOARD", {});
  const scenario = await makeShare("WHAT_IF", { met: [testCountry.conditionSlug] });
  await sweep(page, [
    `/s/${country}`,
    `/embed/${country}`,
    `/s/${pledges}`,
    `/embed/${pledges}`,
    `/s/${dashboard}`,
    `/embed/${scenario}`,
  ]);
});
