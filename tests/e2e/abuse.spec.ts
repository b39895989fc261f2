import { createClient } from "../../lib/db-lifecycle/prepare";
import { E2E_DATABASE_URL, expect, failSignIns, signIn, test } from "./fixtures";

/** The hidden inputs Next renders for a server-action form, so a test can replay it. */
async function formFields(page: import("@playwright/test").Page, selector: string) {
  return page
    .locator(`${selector} input[type=hidden]`)
    .evaluateAll((inputs) =>
      Object.fromEntries(
        inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value]),
      ),
    );
}

test("a form post replayed from another site is refused plainly and changes nothing", async ({
  page,
  editor,
  testCountry,
}) => {
  await signIn(page, editor);
  await page.goto(`/edit/pledges/${testCountry.pledgeId}`);
  const hidden = await formFields(page, "form");
  const response = await page.request.post(`/edit/pledges/${testCountry.pledgeId}`, {
    headers: { origin: "http://evil.example" },
    multipart: {
      ...hidden,
      status: "WITHDRAWN",
      domain: "ENGINEERING",
      disclosure: "REPORTED",
      description: "Hijacked",
      reason: "csrf",
    },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("came from another site");
  await page.goto(`/countries/${testCountry.code}`);
  await expect(
    page
      .getByRole("article", { name: testCountry.pledgeDescription })
      .getByText("Conditional", { exact: true }),
  ).toBeVisible();
});

test("there is no public sign-up, and a user cannot give themselves a role", async ({
  page,
  analyst,
  baseURL,
}) => {
  const signUp = await page.request.post("/api/auth/sign-up/email", {
    headers: { origin: baseURL! },
    data: {
      email: "intruder@example.org",
      password: "a-long-password-1",
      name: "Intruder",
      role: "admin",
    },
  });
  expect(signUp.status()).toBeGreaterThanOrEqual(400);
  expect(signUp.status()).toBeLessThan(500);
  const db = createClient(E2E_DATABASE_URL);
  try {
    expect(await db.user.count({ where: { email: "intruder@example.org" } })).toBe(0);
  } finally {
    await db.$disconnect();
  }

  await signIn(page, analyst);
  const forged = await page.request.post("/api/auth/update-user", {
    headers: { origin: baseURL! },
    data: { role: "admin" },
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(forged.status()).toBeLessThan(500);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/forbidden/);
  const check = createClient(E2E_DATABASE_URL);
  try {
    expect(
      (
        await check.user.findUniqueOrThrow({
          where: { email: analyst.email },
          select: { role: true },
        })
      ).role,
    ).toBe("analyst");
  } finally {
    await check.$disconnect();
  }
});

test("repeated failed sign-ins are slowed down", async ({ page }) => {
  await failSignIns(page, `target-${Date.now()}@example.org`, 7);
  await expect(
    page.getByText(/Too many sign-in attempts\. Try again in \d+ seconds\./),
  ).toBeVisible();
});

test("oversize input is refused beside its field with the input kept", async ({ page, editor }) => {
  await signIn(page, editor);
  await page.goto("/edit/events/new");
  await page.getByLabel("Kind").selectOption("STATEMENT");
  await page.getByLabel("Title").fill("x".repeat(250));
  await page.getByLabel("Summary").fill("A summary that is long enough.");
  await page.getByLabel("Reason").fill("testing limits");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("At most 200 characters.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("x".repeat(250));
});
