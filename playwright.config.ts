import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A second server on the same build and database, with review before publish on (scripts/e2e-server.ts). */
const REVIEW_PORT = Number(process.env.E2E_REVIEW_PORT ?? PORT + 1000);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace for every test (kept only on failure) cost about 12% of the e2e
    // run's test time on this 2-core machine; E2E_TRACE=1 turns it back on to debug.
    trace: process.env.E2E_TRACE === "1" ? "retain-on-failure" : "off",
    launchOptions: {
      // Debian's Chromium: nothing may be downloaded here, and without these flags
      // Chromium keeps dialling out on a closed network.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "node --import tsx scripts/e2e-server.ts",
    // The review server starts once the main one is healthy: waiting for it waits for both.
    url: `http://127.0.0.1:${REVIEW_PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(PORT), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
