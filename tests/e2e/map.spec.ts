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

test("Ukraine is drawn with Crimea and shown as the protected party", async ({ page }) => {
  await page.goto("/map");
  const map = page.getByRole("group", { name: /coloured by posture/ });
  await expect(
    map.getByRole("link", { name: "Ukraine: The country the guarantees protect" }),
  ).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: /^The country the guarantees protect$/ }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: /^Hatched: Crimea, Ukrainian territory occupied by Russia since 2014/ }),
  ).toBeVisible();
});

test("the capacity legend says what the map leaves out on the real data", async ({ page }) => {
  await page.goto("/map?by=capacity");
  await expect(
    page.getByText(
      /^\d+ of \d+ pledges in any domain name no country, so the map cannot show them\./,
    ),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "List them" })).toHaveAttribute(
    "href",
    "/pledges?country=undisclosed",
  );
});

for (const width of [1400, 390]) {
  test(`country names neither overlap nor leave the map at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/map");
    const map = page.getByRole("group", { name: /coloured by posture/ });
    const frame = (await map.boundingBox())!;
    const boxes = await map.locator("text[data-label]").evaluateAll((texts) =>
      texts
        .map((t) => ({ key: t.getAttribute("data-label")!, r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0)
        .map(({ key, r }) => ({ key, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom })),
    );
    expect(boxes.map((b) => b.key)).toEqual(expect.arrayContaining(["IE", "GB"]));
    for (const a of boxes) {
      expect(a.x0, a.key).toBeGreaterThanOrEqual(frame.x);
      expect(a.x1, a.key).toBeLessThanOrEqual(frame.x + frame.width);
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
        expect(apart, `${a.key} overlaps ${b.key}`).toBe(true);
      }
    }
  });
}

test("prototype names in the map's parameters give the default view and a message, never a 500", async ({
  page,
}) => {
  const cases = [
    ["/map?by=capacity&domain=constructor", "Unknown domain “constructor”"],
    ["/map?by=capacity&domain=__proto__", "Unknown domain “__proto__”"],
    ["/map?by=capacity&domain=toString", "Unknown domain “toString”"],
    ["/map?by=constructor", "Unknown colouring “constructor”"],
    ["/map?by=__proto__&domain=__proto__", "Unknown colouring “__proto__”"],
    ["/map?by=toString", "Unknown colouring “toString”"],
  ];
  for (const [url, message] of cases) {
    const response = await page.goto(url!);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: message! }), url).toBeVisible();
    await expect(page.getByRole("group", { name: /^Map of Europe/ }), url).toBeVisible();
  }
});
