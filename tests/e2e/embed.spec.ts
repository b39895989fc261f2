import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";

/** A news site of another origin (another port) whose article frames the embed. */
async function hostPage(embedUrl: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><title>News</title><h1>Our article</h1><iframe title="Guarantor" src="${embedUrl}" width="1000" height="700"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/article`, server };
}

for (const javaScriptEnabled of [true, false]) {
  test(`a link inside an embed on another site opens in a new tab, not in the frame (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
    makeShare,
  }) => {
    const token = await makeShare("COUNTRY", { code: "FR" });
    const embedUrl = `${baseURL}/embed/${token}`;
    const host = await hostPage(embedUrl);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(host.url);
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
    expect(page.url()).toBe(host.url);
    expect(page.frames()[1]!.url()).toBe(embedUrl);
    await context.close();
    host.server.close();
  });
}
