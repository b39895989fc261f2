import { expect, test } from "./fixtures";

// A page of another origin (another host name), served by the browser itself.
const HOST_PAGE = "http://news.localhost:3999/article";

for (const javaScriptEnabled of [true, false]) {
  test(`a link inside an embed on another site opens in a new tab, not in the frame (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser, baseURL, makeShare }) => {
    const token = await makeShare("COUNTRY", { code: "FR" });
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.route(HOST_PAGE, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>News</title><h1>Our article</h1><iframe title="Guarantor" src="${baseURL}/embed/${token}" width="1000" height="700"></iframe>`,
      }),
    );
    await page.goto(HOST_PAGE);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { level: 1, name: "France" })).toBeVisible();

    const link = frame.locator('a[href^="/"]').first();
    const href = await link.getAttribute("href");
    const opened = context.waitForEvent("page");
    await link.click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${baseURL}${href}`);
    // The article and its frame are where they were.
    expect(page.url()).toBe(HOST_PAGE);
    expect(page.frames()[1]!.url()).toBe(`${baseURL}/embed/${token}`);
    await context.close();
  });
}
