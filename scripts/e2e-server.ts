/**
 * The server Playwright tests run against: a fresh, migrated and seeded database on
 * the test server (TEST_DATABASE_URL or the embedded one), then the production build
 * through the same start script users run, logged in as the app role.
 */
import { spawn } from "node:child_process";
import { ensurePrismaClient, log, ROOT, run } from "./lib/cli";
import { ensureAuthSecret } from "./lib/secret";

// One database per port, so two e2e runs on one machine keep apart.
const E2E_DATABASE = `guarantor_e2e_${process.env.PORT ?? 3100}`;

run(async () => {
  ensurePrismaClient();
  const { startTestServer, createMigratedDatabase, EMBEDDED_TEST_DIR } =
    await import("../tests/support/server");
  const { appRolePassword, ensureAppLogin } = await import("../lib/db-lifecycle/roles");
  const server = await startTestServer();
  const url = await createMigratedDatabase(server.url, E2E_DATABASE);
  // The app logs in as the app role, as in production, so a missing GRANT fails here.
  const appUrl = await ensureAppLogin(url, await appRolePassword(EMBEDDED_TEST_DIR));
  log(`e2e database ready: ${E2E_DATABASE}`);
  ensureAuthSecret(process.env.GUARANTOR_DATA_DIR || ".data");
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: url },
  });
  // A second server on the same build and database with review before publish on, for
  // the approval tests (tests/e2e/confirm-review.spec.ts); Playwright waits for this one.
  const port = Number(process.env.PORT ?? 3100);
  await waitForHealth(port);
  const review = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: appUrl,
      MIGRATION_DATABASE_URL: "",
      PORT: String(reviewPort(port)),
      NODE_ENV: "production",
      GUARANTOR_REVIEW_BEFORE_PUBLISH: "on",
    },
  });
  child.on("exit", () => review.kill("SIGTERM"));
  const stop = (signal: NodeJS.Signals) => {
    review.kill(signal);
    child.kill(signal);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
  await server.stop();
  return code;
});

/** The review server's port: E2E_REVIEW_PORT, or the e2e port + 1000. */
function reviewPort(port: number) {
  return Number(process.env.E2E_REVIEW_PORT ?? port + 1000);
}

async function waitForHealth(port: number) {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("the e2e server did not become healthy");
}
