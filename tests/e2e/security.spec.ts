import { E2E_DATABASE_URL, expect, failSignIns, signIn, test } from "./fixtures";
import { createHash } from "node:crypto";
import { createClient } from "../../lib/db-lifecycle/prepare";

const PAGES = ["/", "/countries/FR", "/pledges", "/map", "/capability", "/api-docs", "/sign-in"];

function nonceOf(policy: string) {
  return /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64");
const scriptSrcOf = (policy: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

test("every page has a strict CSP: cached public pages allow their own inline scripts by hash, others a fresh nonce", async ({
  request,
}) => {
  const nonces = new Set<string>();
  // The last two are rendered per request: a form, and a past view.
  for (const path of [...PAGES, "/countries/FR?asOf=2026-01-01"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const policy = headers["content-security-policy"] ?? "";
    const scriptSrc = scriptSrcOf(policy);
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(scriptSrc, path).not.toContain("unsafe-eval");
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(
      headers["strict-transport-security"],
      `${path}: no HSTS over plain http`,
    ).toBeUndefined();
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length, path).toBeGreaterThan(0);
    if (path === "/sign-in" || path.includes("asOf")) {
      expect(scriptSrc, path).toContain("'strict-dynamic'");
      const nonce = nonceOf(policy);
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce!);
      // Every script tag in the page, inline or not, carries this response's nonce.
      for (const [tag] of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      continue;
    }
    // Cached for everyone: no nonce at all, script files from this origin, and exactly
    // the page's own inline scripts by hash (one added to the page would not match).
    expect(policy, path).not.toContain("nonce-");
    expect(headers["etag"], path).toBeTruthy();
    const inline = scripts
      .filter(([, attributes]) => !/\bsrc=/.test(attributes!))
      .map(([, , text]) => `'sha256-${sha256(text!)}'`);
    expect(inline.length, path).toBeGreaterThan(0);
    expect(new Set(scriptSrc.split(" ").slice(1)), path).toEqual(new Set(["'self'", ...inline]));
    // A second answer (from the cache, or re-rendered if another test changed the data
    // meanwhile) also lists exactly its own inline scripts.
    const again = await request.get(path);
    const againInline = [...(await again.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes]) => !/\bsrc=/.test(attributes!))
      .map(([, , text]) => `'sha256-${sha256(text!)}'`);
    const againSrc = scriptSrcOf(again.headers()["content-security-policy"] ?? "");
    expect(new Set(againSrc.split(" ").slice(1)), path).toEqual(
      new Set(["'self'", ...againInline]),
    );
  }
  expect(nonces.size).toBe(2);
  const asset = await request.get("/robots.txt");
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the app runs under its CSP: pages hydrate, charts and the map draw, with no violation", async ({
  page,
}) => {
  test.slow(); // seven pages, each waited on until hydrated
  // The cspGuard fixture fails this test on any violation reported in the console.
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForFunction(
      () => Boolean((window as unknown as { next?: { version?: string } }).next?.version),
      undefined,
      { timeout: 15_000 },
    );
  }
  await page.goto("/pledges");
  // The charts are drawn on the server as SVG: they must still show under the policy.
  await expect(page.locator("#charts svg rect").first()).toBeVisible({ timeout: 30_000 });
  await page.goto("/map");
  await expect(page.locator("#main svg path").first()).toBeVisible();
});

test("robots.txt keeps crawlers off share links, embeds, history and edit forms; the sitemap lists the public pages", async ({
  request,
  baseURL,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/s/", "/embed/", "/history/", "/edit/"])
    expect(robots).toContain(`Disallow: ${path}`);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const urls = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    m[1]!.replace(baseURL!, ""),
  );
  for (const path of [
    "/",
    "/countries",
    "/pledges",
    "/conditions",
    "/sources",
    "/methodology",
    "/countries/FR",
    "/countries/GB",
    "/conditions/us-backstop",
    "/sources/after-the-summit",
  ]) {
    expect(urls).toContain(path);
  }
  expect(urls.some((u) => /^\/(s|embed|history|edit)\//.test(u))).toBe(false);
});

test("better-auth endpoints the app does not use answer 404 and change nothing", async ({
  page,
  analyst,
  baseURL,
}) => {
  await signIn(page, analyst);
  const headers = { origin: baseURL! };
  const closed: [string, string, object?][] = [
    ["POST", "/api/auth/update-user", { name: "x".repeat(100_000), image: "javascript:alert(1)" }],
    ["POST", "/api/auth/change-email", { newEmail: "taken@example.org" }],
    [
      "POST",
      "/api/auth/change-password",
      { currentPassword: analyst.password, newPassword: "another-long-password" },
    ],
    [
      "POST",
      "/api/auth/sign-up/email",
      { email: "intruder@example.org", password: "a-long-password-1", name: "Intruder" },
    ],
    ["POST", "/api/auth/delete-user", {}],
    ["POST", "/api/auth/request-password-reset", { email: analyst.email }],
    ["POST", "/api/auth/revoke-sessions", {}],
    ["GET", "/api/auth/list-sessions"],
    ["GET", "/api/auth/list-accounts"],
    ["POST", "/api/auth/admin/set-role", { userId: "x", role: "admin" }],
    ["GET", "/api/auth/admin/list-users"],
    ["POST", "/api/auth/admin/impersonate-user", { userId: "x" }],
    ["POST", "/api/auth/Update-User", { name: "Renamed" }],
    ["POST", "/api/auth/update-user/", { name: "Renamed" }],
  ];
  for (const [method, path, data] of closed) {
    const response =
      method === "GET"
        ? await page.request.get(path)
        : await page.request.post(path, { headers, data });
    expect(response.status(), `${method} ${path}`).toBe(404);
  }
  const db = createClient(E2E_DATABASE_URL);
  const user = await db.user.findUnique({
    where: { email: analyst.email },
    select: { name: true, image: true, role: true },
  });
  await db.$disconnect();
  expect(user).toEqual({ name: analyst.name, image: null, role: "analyst" });

  // What the app does use still works; every page's islands ask for the session, so that
  // is not counted against the address's 100 auth requests a minute (a NAT, a test run).
  for (let i = 0; i < 105; i++) {
    const asked = await page.request.get("/api/auth/get-session");
    expect(asked.status(), `get-session #${i + 1}`).toBe(200);
  }
  const session = await page.request.get("/api/auth/get-session");
  expect(session.status()).toBe(200);
  expect(await session.json()).toMatchObject({ user: { email: analyst.email } });
  expect((await page.request.post("/api/auth/sign-out", { headers, data: {} })).status()).toBe(200);
});

test("after signing in, a hostile return path lands on this site", async ({
  page,
  analyst,
  baseURL,
}) => {
  await page.goto(`/sign-in?next=${encodeURIComponent("/\t/evil.example")}`);
  await page.getByLabel("Email").fill(analyst.email);
  await page.getByLabel("Password").fill(analyst.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe("/");
});

test("a made-up X-Forwarded-For does not escape the per-account sign-in limit", async ({
  page,
}) => {
  // Each attempt claims another address, in the forwarded header and in the server's internal one.
  await failSignIns(page, `target-xff-${Date.now()}@example.org`, 6, (i) => ({
    "x-forwarded-for": `198.51.100.${i + 1}`,
    "x-guarantor-client-address": `203.0.113.${i + 1}`,
  }));
  await expect(
    page.getByText(/Too many sign-in attempts\. Try again in \d+ seconds\./),
  ).toBeVisible();
});

test("a share page's title and HTML never show the editor's private label", async ({
  page,
  editor,
  testCountry,
  browser,
}) => {
  test.slow(); // signs in, makes a link, opens it in a second browser
  await signIn(page, editor);
  await page.goto(`/countries/${testCountry.code}`);
  await page.getByRole("link", { name: "Share", exact: true }).click();
  const label = `Private note for the minister ${Date.now()}`;
  await page.getByLabel("Label").fill(label);
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByLabel("Link", { exact: true }).inputValue();
  await page.getByRole("button", { name: "Copy" }).first().click();

  const visitor = await browser.newContext();
  const reader = await visitor.newPage();
  const response = await reader.goto(url);
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).not.toContain(label);
  await expect(reader).toHaveTitle(`${testCountry.name} — commitments and status · Guarantor`);
  await expect(reader.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    `${testCountry.name} — commitments and status · Guarantor`,
  );
  const embed = await reader.request.get(url.replace("/s/", "/embed/"));
  expect(await embed.text()).not.toContain(label);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["referrer-policy"]).toBe("no-referrer");
  await visitor.close();
});
