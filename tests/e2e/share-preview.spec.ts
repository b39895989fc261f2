import { expect, test } from "./fixtures";

const SCOPES = [
  ["DASHBOARD", {}],
  ["COUNTRY", { code: "FR" }],
  ["CONDITION", { slug: "peace-agreement" }],
  ["PLEDGES", { filters: { domain: "AIR" } }],
] as const;

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test("the preview image is a 1200×630 PNG for live and frozen links of every scope", async ({
  request,
  makeShare,
}) => {
  for (const [scope, params] of SCOPES) {
    for (const frozen of [false, true]) {
      const token = await makeShare(scope, params, { frozen });
      const response = await request.get(`/s/${token}/opengraph-image`);
      const what = `${scope} ${frozen ? "frozen" : "live"}`;
      expect(response.status(), what).toBe(200);
      expect(response.headers()["content-type"], what).toBe("image/png");
      const png = await response.body();
      expect(png.subarray(0, 8).equals(PNG_MAGIC), what).toBe(true);
      // IHDR: width and height, big-endian, right after the signature and chunk header.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], what).toEqual([1200, 630]);
    }
  }
});

test("neither the preview image nor the page shows the editor's private label", async ({
  request,
  page,
  makeShare,
}) => {
  const mine = await makeShare(
    "COUNTRY",
    { code: "FR" },
    { label: "Notes for the minister, do not forward" },
  );
  const other = await makeShare("COUNTRY", { code: "FR" }, { label: "Press pack" });
  // Same view, different labels: the same image, so the label is not in it.
  const [a, b] = await Promise.all(
    [mine, other].map((t) => request.get(`/s/${t}/opengraph-image`).then((r) => r.body())),
  );
  expect(a!.equals(b!)).toBe(true);

  await page.goto(`/s/${mine}`);
  await expect(page).toHaveTitle(/^France/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /^France — /);
  expect(await page.content()).not.toContain("Notes for the minister");
});
