/**
 * The server Playwright tests run against: a fresh, migrated and seeded database on
 * the test server (TEST_DATABASE_URL or the embedded one), then the production build
 * through the same start script users run, logged in as the app role.
 */
import { spawn } from "node:child_process";
import { ensurePrismaClient, log, ROOT, run } from "./lib/cli";

// One database per port, so two e2e runs on one machine keep apart.
const E2E_DATABASE = `guarantor_e2e_${process.env.PORT ?? 3100}`;

run(async () => {
  ensurePrismaClient();
  const { startTestServer, createMigratedDatabase, EMBEDDED_TEST_DIR } = await import("../tests/support/server");
  const { appRolePassword, ensureAppLogin } = await import("../lib/db-lifecycle/roles");
  const server = await startTestServer();
  const url = await createMigratedDatabase(server.url, E2E_DATABASE);
  // The app logs in as the app role, as in production, so a missing GRANT fails here.
  const appUrl = await ensureAppLogin(url, await appRolePassword(EMBEDDED_TEST_DIR));
  log(`e2e database ready: ${E2E_DATABASE}`);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: url },
  });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
  await server.stop();
  return code;
});
