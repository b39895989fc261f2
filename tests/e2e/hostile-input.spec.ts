/**
 * Hostile input over HTTP against the production build: each answer is a 400, 404 or
 * 413 with a clear message (never a 500), and nothing is written.
 */
import { randomBytes } from "node:crypto";
import { recordChange } from "../../lib/changes/audit";
import { loadSnapshot, recordCreations } from "../../lib/entities";
import { createClient } from "../../lib/db-lifecycle/prepare";
import { E2E_DATABASE_URL, expect, signIn, test } from "./fixtures";

const refused: [string, number, RegExp][] = [
  ["/history/Pledge/%00", 400, /NUL/],
  ["/history/Pledge/%FF", 400, /not valid UTF-8/],
  ["/countries/%C0%AF", 400, /not valid UTF-8/],
  ["/countries/%FF.json", 400, /not valid UTF-8/],
  ["/pledges?q=%00", 400, /NUL/],
  ["/api/v1/pledges/%FF", 400, /not valid UTF-8/],
  ["/api/v1/countries/%C0%AF", 400, /not valid UTF-8/],
  ["/api/v1/%FF.json", 400, /not valid UTF-8/],
  ["/history/Pledge/%2500", 404, /./],
];

for (const [path, status, message] of refused) {
  test(`${path} answers ${status} with a message`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(status);
    expect(await response.text()).toMatch(message);
  });
}

test("prototype names as filter values are ignored, not a 500", async ({ page }) => {
  for (const path of [
    "/events?kind=toString",
    "/events?kind=__proto__",
    "/countries?posture=__proto__",
    "/countries?posture=constructor",
    "/conditions?status=toString",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // Read as no filter: "All" is the chosen chip.
    await expect(page.getByRole("link", { name: "All", exact: true })).toHaveAttribute(
      "aria-current",
      /.+/,
    );
  }
});

test("bodies over 1 MB are refused with 413, declared or chunked, for actions and the API", async ({
  baseURL,
}) => {
  const big = "x".repeat(1024 * 1024 + 10);
  for (const path of ["/edit/sources/new", "/api/v1/pledges"]) {
    const declared = await fetch(`${baseURL}${path}`, {
      method: "POST",
      headers: { origin: baseURL!, "next-action": "0".repeat(42) },
      body: big,
    });
    expect(declared.status, path).toBe(413);
    expect(await declared.text()).toMatch(/at most 1 MB/);
    const chunked = await fetch(`${baseURL}${path}`, {
      method: "POST",
      headers: { origin: baseURL!, "next-action": "0".repeat(42) },
      body: new ReadableStream({
        start: (c) => {
          for (let i = 0; i < 20; i++) c.enqueue(new Uint8Array(64 * 1024));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status, `${path} chunked`).toBe(413);
  }
});

test("a deleted draft's history is a 404 for the public", async ({ request }) => {
  const db = createClient(E2E_DATABASE_URL);
  const id = `p-${randomBytes(6).toString("hex")}`;
  await db.pledge.create({
    data: {
      id,
      coalitionSlug: "coalition-of-the-willing",
      domain: "AIR",
      description: "Never published",
      status: "ANNOUNCED",
      disclosure: "OFFICIAL",
      published: false,
    },
  });
  const actor = { id: null, name: "e2e", email: null };
  const snapshot = await loadSnapshot(db, "Pledge", id);
  await recordCreations(db, [["Pledge", id]], { actor });
  await db.pledge.delete({ where: { id } });
  await recordChange(db, {
    actor,
    action: "DELETE",
    type: "Pledge",
    id,
    before: snapshot,
    after: null,
  });
  await db.$disconnect();
  const response = await request.get(`/history/Pledge/${id}`);
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain("Never published");
});

test("a NUL in a text field or an overflowing version is refused beside the form, and nothing changes", async ({
  page,
  editor,
  testCountry,
}) => {
  await signIn(page, editor);
  await page.goto(`/edit/pledges/${testCountry.pledgeId}`);
  const form = page.locator("form", { has: page.locator("[name=description]") });
  const hidden = await form
    .locator("input[type=hidden]")
    .evaluateAll((inputs) =>
      Object.fromEntries(
        inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]),
      ),
    );
  const fields = {
    countryCode: testCountry.code,
    domain: "ENGINEERING",
    status: "WITHDRAWN",
    disclosure: "REPORTED",
    reason: "hostile",
  };
  const nul = await page.request.post(`/edit/pledges/${testCountry.pledgeId}`, {
    multipart: { ...hidden, ...fields, description: "Bad\0description" },
  });
  expect(nul.status()).toBe(200);
  expect(await nul.text()).toContain("Remove the NUL or broken");
  const version = await page.request.post(`/edit/pledges/${testCountry.pledgeId}`, {
    multipart: { ...hidden, ...fields, description: "Fine description", version: "2147483648" },
  });
  expect(version.status()).toBe(200);
  expect(await version.text()).toContain("version is missing or invalid");
  await page.goto(`/countries/${testCountry.code}`);
  await expect(
    page
      .getByRole("article", { name: testCountry.pledgeDescription })
      .getByText("Conditional", { exact: true }),
  ).toBeVisible();
});
