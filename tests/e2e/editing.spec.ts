import { expectNoSeriousA11yViolations } from "./axe";
import { createClient } from "../../lib/db-lifecycle/prepare";
import { E2E_DATABASE_URL, expect, signIn, test } from "./fixtures";

test("an editor changes a pledge with a citation; the public page and its history show it", async ({
  page,
  editor,
  testCountry,
  browser,
}) => {
  await signIn(page, editor);
  await page.goto(`/countries/${testCountry.code}`);
  const pledge = page.getByRole("article", { name: testCountry.pledgeDescription });
  await pledge.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: "Edit pledge" })).toBeVisible();

  await page.getByLabel("Status").selectOption("CONFIRMED");
  await page.getByLabel("Source").selectOption("after-the-summit");
  // A quote the source does not contain is refused beside its field, input kept.
  await page.getByLabel("Quote").fill("Testland sends a thousand engineers");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByText("This quote does not appear word for word in the chosen source."),
  ).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("CONFIRMED");

  await page.getByLabel("Quote").fill("engineers to clear mines");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/countries/${testCountry.code}`));

  // The public (a fresh context, no session) sees the change at once.
  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  await publicPage.goto(`/countries/${testCountry.code}`);
  const publicPledge = publicPage.getByRole("article", { name: testCountry.pledgeDescription });
  await expect(publicPledge.getByText("Confirmed", { exact: true })).toBeVisible();
  await expect(publicPledge.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await publicPledge.getByText(/Sources? and quotes?/).click();
  await expect(publicPledge.getByText("engineers to clear mines")).toBeVisible();

  // Its history: signed in, who and why; the public sees the change but not the name.
  await page
    .getByRole("article", { name: testCountry.pledgeDescription })
    .getByRole("link", { name: "History" })
    .click();
  await expect(page.getByText(`by ${editor.name}`)).toBeVisible();
  await expect(page.getByRole("cell", { name: "Confirmed", exact: true })).toBeVisible(); // in words, not CONFIRMED
  await publicPage.goto(page.url());
  // The fixture's creation and the edit: both attributed to "An editor" for the public.
  await expect(publicPage.getByText("by An editor")).toHaveCount(2);
  await expect(publicPage.getByText(editor.name)).toHaveCount(0);
  await anonymous.close();
});

test("an analyst reads drafts but cannot edit", async ({ page, analyst, testCountry }) => {
  // A draft of the test country's (the fixture removes the country's pledges afterwards).
  const draft = `Draft engineers ${testCountry.code}`;
  const db = createClient(E2E_DATABASE_URL);
  try {
    await db.pledge.create({
      data: {
        id: `pd-${testCountry.pledgeId}`,
        coalitionSlug: "coalition-of-the-willing",
        countryCode: testCountry.code,
        domain: "ENGINEERING",
        description: draft,
        status: "ANNOUNCED",
        disclosure: "REPORTED",
        published: false,
        citations: { create: [{ sourceId: "after-the-summit", quote: testCountry.quote }] },
      },
    });
  } finally {
    await db.$disconnect();
  }
  await page.goto(`/countries/${testCountry.code}`);
  await expect(page.getByRole("article", { name: testCountry.pledgeDescription })).toBeVisible();
  await expect(page.getByRole("article", { name: draft })).toHaveCount(0);
  await signIn(page, analyst);
  await page.goto(`/countries/${testCountry.code}`);
  await expect(
    page.getByRole("article", { name: draft }).getByText("Draft", { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await page.goto(`/edit/pledges/${testCountry.pledgeId}`);
  await expect(page).toHaveURL(/\/forbidden/);
  await expect(page.getByRole("heading", { name: "Your role cannot do this" })).toBeVisible();
});

test("anonymous visitors are sent to sign in before editing", async ({ page }) => {
  await page.goto("/edit/pledges/new");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fedit%2Fpledges%2Fnew/);
  await page.getByLabel("Email").fill("nobody@example.org");
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("nobody@example.org");
});

test("a stale form gets the conflict message instead of overwriting", async ({
  page,
  editor,
  testCountry,
  browser,
}) => {
  await signIn(page, editor);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, editor);
  const editUrl = `/countries/${testCountry.code}`;
  for (const p of [page, otherPage]) {
    await p.goto(editUrl);
    await p
      .getByRole("article", { name: testCountry.pledgeDescription })
      .getByRole("link", { name: "Edit" })
      .click();
    await expect(p.getByRole("heading", { name: "Edit pledge" })).toBeVisible();
  }
  await otherPage.getByLabel("Status").selectOption("DEPLOYING");
  await otherPage.getByLabel("Reason").fill("Deployment started");
  await otherPage.getByRole("button", { name: "Save changes" }).click();
  await expect(otherPage).toHaveURL(new RegExp(editUrl));

  await page.getByLabel("Status").selectOption("WITHDRAWN");
  await page.getByLabel("Reason").fill("Withdrawn");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByText(new RegExp(`Changed by ${editor.name} at .* — review and retry`)),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: "Deploying", exact: true })).toBeVisible(); // in words, not DEPLOYING
  await expect(page.getByLabel("Status")).toHaveValue("WITHDRAWN");
  await other.close();
});

test("an editor replaces a wrong quote: adds the right one, removes the wrong one with a reason", async ({
  page,
  editor,
  testCountry,
}) => {
  await signIn(page, editor);
  await page.goto(`/edit/pledges/${testCountry.pledgeId}`);
  const quotes = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: /^Sources and quotes/ }) });
  await expect(
    quotes.getByText("The only quote: add the right one before removing this."),
  ).toBeVisible();

  await page.getByLabel("Source").selectOption("after-the-summit");
  await page.getByLabel("Quote").fill("engineers to clear mines");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/countries/${testCountry.code}`));

  await page.goto(`/edit/pledges/${testCountry.pledgeId}`);
  await expect(quotes.getByRole("listitem")).toHaveCount(2);
  const wrong = quotes.getByRole("listitem").filter({ hasText: testCountry.quote });
  await wrong.getByRole("button", { name: "Remove quote" }).click();
  await expect(wrong.getByText("Say why this quote does not back the fact.")).toBeVisible();
  await wrong.getByLabel("Why remove this quote").fill("It counts countries, not engineers.");
  await wrong.getByRole("button", { name: "Remove quote" }).click();
  // Nothing is removed on one click: a dialog asks first.
  const ask = page.getByRole("dialog", {
    name: "Remove this quote from the fact? Its history keeps it.",
  });
  await expect(ask).toBeVisible();
  await expect(quotes.getByRole("listitem")).toHaveCount(2);
  await ask.getByRole("button", { name: "Remove quote" }).click();
  await expect(quotes.getByRole("listitem")).toHaveCount(1);
  await expect(quotes.getByText("engineers to clear mines")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/history/Pledge/${testCountry.pledgeId}`);
  await expect(
    page.getByText(
      /Removed the quote “26 countries had agreed.*It counts countries, not engineers\./,
    ),
  ).toBeVisible();
});

test("an editor opens a headline figure from the dashboard; a bad number is refused beside its field", async ({
  page,
  editor,
}) => {
  await signIn(page, editor);
  await page.goto("/");
  await page.getByRole("link", { name: "Edit" }).first().click();
  await expect(page.getByRole("heading", { name: "35 leaders" })).toBeVisible();
  await page.getByLabel("Number").fill("thirty-six");
  await page.getByLabel("Reason").fill("Testing the form");
  await page.getByRole("button", { name: "Save figure" }).click();
  await expect(page.getByText("A positive number with at most two decimals.")).toBeVisible();
  await expect(page.getByLabel("Number")).toHaveValue("thirty-six");
  await expect(page.getByLabel("Reason")).toHaveValue("Testing the form");
  await expectNoSeriousA11yViolations(page);
  // Nothing was saved.
  await page.goto("/");
  await expect(page.getByText("leaders met in Paris")).toBeVisible();
});

test("a new pledge needs a source and a quote; typography is forgiven, a changed word shows the closest passage", async ({
  page,
  editor,
  testCountry,
  browser,
}) => {
  await signIn(page, editor);
  await page.goto("/edit/pledges/new");
  await expect(
    page.getByText("Cite its source: a new fact needs a source and a quote"),
  ).toBeVisible();
  const description = `Guarantees pledge ${testCountry.code}`;
  await page.getByLabel("Country", { exact: true }).selectOption(testCountry.code);
  await page.getByLabel("Domain").selectOption("FORCES_UNSPECIFIED");
  await page.getByLabel("Status").selectOption("ANNOUNCED");
  await page.getByLabel("Description", { exact: true }).fill(description);
  await page.getByLabel("Disclosure").selectOption("REPORTED");

  // A reason alone does not make a fact: the source and quote are asked for beside their fields.
  await page.getByLabel("Reason").fill("Heard it at the summit");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator("#sourceId-error")).toHaveText(
    "A new fact needs a source: choose the one that backs it.",
  );
  await expect(page.locator("#quote-error")).toHaveText(
    "Paste the words from the source that back it.",
  );
  await expect(page.getByLabel("Description", { exact: true })).toHaveValue(description);

  // A changed word is refused, and the source's closest passage is shown beside the quote.
  await page.getByLabel("Source").selectOption("fragile-peace-plan");
  await page.getByLabel("Quote").fill("a cease-fire, a framework for security promises");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator("#quote-error")).toHaveText(
    "This quote does not appear word for word in the chosen source.",
  );
  const closest = page.locator("#quote-closest");
  await expect(closest).toContainText("The closest passage in the source");
  await expect(closest).toContainText("a cease‑fire, a framework for security guarantees");
  await expect(page.getByLabel("Quote")).toHaveValue(
    "a cease-fire, a framework for security promises",
  );
  await expectNoSeriousA11yViolations(page);

  // Straight apostrophe and plain hyphen where the source prints ’ and a non-breaking hyphen: accepted.
  await page.getByLabel("Quote").fill("without sacrificing Kyiv's sovereignty");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page).toHaveURL(new RegExp(`/countries/${testCountry.code}`));

  // The public sees the source's own words, and no field list.
  const anonymous = await browser.newContext();
  const publicPage = await anonymous.newPage();
  await publicPage.goto(`/countries/${testCountry.code}`);
  const pledge = publicPage.getByRole("article", { name: description });
  await pledge.getByText(/Sources? and quotes?/).click();
  await expect(pledge.getByText("without sacrificing Kyiv’s sovereignty")).toBeVisible();
  await expect(pledge.getByText(/On id|No citation recorded|Backs:/)).toHaveCount(0);
  await anonymous.close();
});
