import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** Selects `phrase` in the source's text, as a reader dragging over it would. */
async function select(page: Page, phrase: string) {
  await page.evaluate((phrase) => {
    for (const run of document.querySelectorAll("[data-at]")) {
      const node = run.firstChild;
      const at = node?.textContent?.indexOf(phrase) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${phrase}" is not in the source's text`);
  }, phrase);
}

test("an editor pastes a source, cites selected passages for an existing pledge and a new one, and lands on each saved record", async ({
  page,
  editor,
  testCountry,
}) => {
  test.slow(); // one long journey through five pages and four saves
  await signIn(page, editor);
  const title = `Ministers meet in Valdoria ${randomBytes(3).toString("hex")}`;
  const sentences = [
    "The ministers said Testland will send field hospitals to the border.",
    "Nothing was said about money. The talks resume next week.",
  ];
  await page.goto("/edit/sources/new");
  // Only the text is pasted: the title comes from its first line.
  await page.getByLabel("Full text").fill(`${title}\r\n\r\n${sentences.join("\r\n\r\n")}`);
  await page.getByLabel("Publisher").fill("E2E Wire");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByTestId("coverage")).toContainText("0 of 2 paragraphs cited");
  const sourceUrl = page.url();

  // Select a passage, choose Cite for…, find the pledge: its edit form opens with the quote.
  await expect(page.getByText("Cite mode: select a passage below")).toBeVisible();
  await select(page, "will send field hospitals to the border");
  await page.getByRole("button", { name: "Cite for…" }).click();
  const panel = page.getByRole("dialog", { name: "Cite for…" });
  await expect(panel.getByRole("textbox", { name: /^Quote from/ })).toHaveValue(
    "will send field hospitals to the border",
  );
  await panel.getByLabel("Find a fact").fill(testCountry.pledgeDescription);
  await panel.getByRole("link", { name: new RegExp(testCountry.pledgeDescription) }).click();
  await expect(page.getByRole("heading", { name: "Edit pledge" })).toBeVisible();
  await expect(page.getByLabel("Quote")).toHaveValue("will send field hospitals to the border");
  await expect(page.getByLabel("Source")).toHaveValue(
    new URL(sourceUrl).pathname.split("/").at(-1)!,
  );
  await page.getByRole("button", { name: "Save changes" }).click();
  // The record, not its history, with the word Saved and the history one click away.
  await expect(page).toHaveURL(new RegExp(`/countries/${testCountry.code}#pledge-`));
  const saved = page.getByRole("status").filter({ hasText: "Saved." });
  await expect(saved).toBeVisible();
  await expect(saved.getByRole("link", { name: "See its history" })).toHaveAttribute(
    "href",
    `/history/Pledge/${testCountry.pledgeId}`,
  );

  // The source page marks the passage, links it to the pledge, and counts the paragraph as cited.
  await page.goto(sourceUrl);
  await expect(page.getByTestId("coverage")).toContainText("1 of 2 paragraphs cited");
  await expect(
    page.locator("mark").filter({ hasText: "will send field hospitals to the border" }),
  ).toBeVisible();
  const footnote = page.getByTitle(`Pledge: ${testCountry.name}: ${testCountry.pledgeDescription}`);
  await expect(footnote).toHaveAccessibleName(/^Quote \d+: cited for a pledge$/);
  await expect(footnote).toHaveAttribute(
    "href",
    `/countries/${testCountry.code}#pledge-${testCountry.pledgeId}`,
  );
  await expect(page.locator("[data-cited=false]")).toContainText("Nothing was said about money");

  // A new pledge, started from a selection, prefilled with the quote and the source.
  await expect(page.getByText("Cite mode: select a passage below")).toBeVisible();
  await select(page, "Nothing was said about money.");
  await page.getByRole("button", { name: "Cite for…" }).click();
  await page
    .getByRole("dialog", { name: "Cite for…" })
    .getByRole("link", { name: "New pledge" })
    .click();
  await expect(page.getByRole("heading", { name: "New pledge" })).toBeVisible();
  await expect(page.getByLabel("Quote")).toHaveValue("Nothing was said about money.");
  const description = `Field hospitals ${testCountry.code}`;
  await page.getByLabel("Country", { exact: true }).selectOption(testCountry.code);
  await page.getByLabel("Domain").selectOption("MEDICAL");
  await page.getByLabel("Status").selectOption("ANNOUNCED");
  await page.getByLabel("Description", { exact: true }).fill(description);
  await page.getByLabel("Disclosure").selectOption("REPORTED");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("article", { name: description })).toBeVisible();

  // Edit links where the pledge is read: its explorer row and its own page.
  await page.goto(`/pledges?q=${encodeURIComponent(description)}`);
  await page.getByRole("link", { name: `Edit pledge: ${description}` }).click();
  await expect(page.getByRole("heading", { name: "Edit pledge" })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  await page.goto(`/pledges/${id}`);
  await expect(page.getByRole("link", { name: "Edit this pledge" })).toHaveAttribute(
    "href",
    `/edit/pledges/${id}`,
  );
});
