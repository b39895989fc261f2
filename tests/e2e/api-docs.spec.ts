import { expect, test } from "./fixtures";

test("the API page is in the menu, lists the endpoints and its examples work", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API and downloads" })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "/api/v1/pledges", exact: false }).first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Parameters of /pledges", exact: true })
      .getByText("LAND_FORCES"),
  ).toBeVisible();

  const example = page.getByRole("link", { name: "/api/v1/countries/FR" });
  const response = await page.request.get((await example.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ code: "FR", name: "France" });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV", exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(
    /^guarantor-pledges-\d{4}-\d{2}-\d{2}\.csv$/,
  );
});

test("over HTTP: CORS, ETag and 304, preflight, JSON errors", async ({ request }) => {
  const first = await request.get("/api/v1/countries?posture=COMMITTED");
  expect(first.status()).toBe(200);
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  expect(first.headers()["cache-control"]).toBe(
    "public, max-age=0, s-maxage=1, stale-while-revalidate=59",
  );
  const etag = first.headers()["etag"]!;
  const again = await request.get("/api/v1/countries?posture=COMMITTED", {
    headers: { "If-None-Match": etag },
  });
  expect(again.status()).toBe(304);

  const preflight = await request.fetch("/api/v1/pledges", {
    method: "OPTIONS",
    headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");

  const bad = await request.get("/api/v1/pledges?limit=9999");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain('"limit"');
  const write = await request.delete("/api/v1/pledges");
  expect(write.status()).toBe(405);
  const missing = await request.get("/api/v1/countries/ZZ");
  expect(missing.status()).toBe(404);
});

test("a country's pledges export with their quotes, and the dump holds them", async ({
  request,
  testCountry,
}) => {
  const csv = await request.get(`/api/v1/pledges/export?country=${testCountry.code}`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const text = await csv.text();
  expect(text).toContain(testCountry.pledgeDescription);
  expect(text).toContain(testCountry.quote);
  expect(text.trim().split("\r\n")).toHaveLength(2);

  const dump = await (await request.get("/api/v1/dump.json")).json();
  expect(
    dump.pledges.some(
      (p: { description: string }) => p.description === testCountry.pledgeDescription,
    ),
  ).toBe(true);
  expect(dump.sources.map((s: { id: string }) => s.id)).toContain("after-the-summit");
});
