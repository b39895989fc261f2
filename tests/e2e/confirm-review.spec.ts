import { randomBytes } from "node:crypto";
import { createClient } from "../../lib/db-lifecycle/prepare";
import { E2E_DATABASE_URL, expect, signIn, test } from "./fixtures";

// Nothing irreversible on one click (a dialog, or without JavaScript a confirm step),
// events can be deleted, and review before publish as two editors see it.

test("deleting an event asks in a dialog first; confirmed, the event leaves the timeline", async ({
  page,
  editor,
  testCountry,
}) => {
  const db = createClient(E2E_DATABASE_URL);
  const id = `e-e2e-${randomBytes(4).toString("hex")}`;
  const title = `Test statement ${id}`;
  await db.event.create({
    data: {
      id,
      kind: "STATEMENT",
      title,
      summary: "Made by a test.",
      sequence: 0,
      countries: { create: [{ countryCode: testCountry.code }] },
      citations: { create: [{ sourceId: "after-the-summit", quote: testCountry.quote }] },
    },
  });
  try {
    await signIn(page, editor);
    await page.goto(`/edit/events/${id}`);
    await page.getByLabel("Why delete it").fill("A test event, not a real one");
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const ask = page.getByRole("dialog", {
      name: "Delete this event? It leaves every page; its history stays.",
    });
    await expect(ask).toBeVisible();
    await ask.getByRole("button", { name: "Cancel" }).click();
    await expect(ask).toBeHidden();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await ask.getByRole("button", { name: "Delete event" }).click();
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByText(title)).toHaveCount(0);
    await page.goto(`/history/Event/${id}`);
    await expect(page.getByText("Reason: A test event, not a real one")).toBeVisible();
  } finally {
    await db.event.deleteMany({ where: { id } });
    await db.$disconnect();
  }
});

test("without JavaScript, Delete asks again on the page; only the second press deletes", async ({
  browser,
  page,
  editor,
  testCountry,
}) => {
  await signIn(page, editor);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await context.newPage();
  await plain.goto(`/edit/pledges/${testCountry.pledgeId}`);
  await plain.getByLabel("Why delete it").fill("Duplicate of another pledge");
  await plain.getByRole("button", { name: "Delete", exact: true }).click();
  const ask = plain.getByRole("alert").filter({ hasText: "Delete this pledge?" });
  await expect(ask).toBeVisible();
  await expect(plain.getByLabel("Why delete it")).toHaveValue("Duplicate of another pledge");
  await page.goto(`/countries/${testCountry.code}`);
  const pledge = page.getByRole("article", { name: testCountry.pledgeDescription });
  await expect(pledge).toBeVisible(); // not deleted yet
  await ask.getByRole("button", { name: "Delete pledge" }).click();
  await expect(plain).toHaveURL(/\/pledges$/);
  await page.reload();
  await expect(pledge).toHaveCount(0);
  await context.close();
});

test.describe("review before publish (a server with GUARANTOR_REVIEW_BEFORE_PUBLISH=on)", () => {
  const port = Number(process.env.E2E_REVIEW_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);
  test.use({ baseURL: `http://127.0.0.1:${port}` });

  test("one editor's change waits; the other sees the diff and the citation, and approving publishes it", async ({
    browser,
    page,
    editor,
    secondEditor,
    testCountry,
  }) => {
    test.setTimeout(150_000); // two editors sign in, a reader follows along
    await signIn(page, editor);
    await page.goto(`/edit/pledges/${testCountry.pledgeId}`);
    await page.getByLabel("Status").selectOption("CONFIRMED");
    await page.getByLabel("Reason").fill("Confirmed at the summit");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\/review\/cp-/);
    await expect(
      page.getByText(
        "Sent for review: another editor must approve this change before it goes live.",
      ),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Approve and publish" })).toHaveCount(0); // not one's own
    const proposal = page.url();

    const reader = await browser.newPage({ baseURL: `http://127.0.0.1:${port}` });
    await reader.goto(`/countries/${testCountry.code}`);
    const pledge = reader.getByRole("article", { name: testCountry.pledgeDescription });
    await expect(pledge.getByText("Conditional", { exact: true })).toBeVisible();

    const second = await browser.newPage({ baseURL: `http://127.0.0.1:${port}` });
    await signIn(second, secondEditor);
    await second.goto("/review");
    await second
      .getByRole("link", { name: new RegExp(`Change to pledge ${testCountry.pledgeId}`) })
      .click();
    await expect(second).toHaveURL(proposal);
    await expect(second.getByRole("row", { name: "Status Conditional Confirmed" })).toBeVisible();
    await expect(second.getByText(testCountry.quote)).toBeVisible();
    await expect(second.getByText(`Proposed by ${editor.name}`)).toBeVisible();
    await second.getByRole("button", { name: "Approve and publish" }).click();
    await expect(second.getByText("The change is live.")).toBeVisible();
    await expect(second.getByText(`Approved by ${secondEditor.name}`)).toBeVisible();

    await reader.reload();
    await expect(pledge.getByText("Confirmed", { exact: true })).toBeVisible();
    await reader.close();
    await second.close();
  });
});
