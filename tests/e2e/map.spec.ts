import { expectNoSeriousA11yViolations } from "./axe";
import { expect, test } from "./fixtures";

test("the map colours countries by posture and a click opens the country", async ({ page }) => {
  await page.goto("/map");
  const map = page.getByRole("group", { name: /coloured by posture/ });
  await expect(
    map.getByRole("link", { name: "Russia: Opposed (not a coalition member)" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Netherlands: No posture recorded" })).toHaveCount(1);
  // Not drawn on a map of Europe, so listed beside it.
  await expect(page.getByRole("heading", { name: "Beyond this map" })).toBeVisible();
  await expect(page.getByRole("link", { name: "United States" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await map.getByRole("link", { name: /^France:/ }).click();
  await expect(page).toHaveURL(/\/countries\/FR$/);
  await expect(page.getByRole("heading", { level: 1, name: "France" })).toBeVisible();
});

test("the map works from the keyboard, with a tooltip on focus", async ({ page }) => {
  await page.goto("/map?by=capacity&domain=CAPABILITY_BUILDING");
  const germany = page.getByRole("link", { name: /^Germany:/ });
  await expect(germany).toHaveAccessibleName(
    "Germany: 1 pledge in capability building; quantity undisclosed",
  );
  await germany.focus();
  await expect(page.getByRole("tooltip")).toContainText("Germany");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/countries\/DE$/);
});
