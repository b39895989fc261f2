/**
 * `npm start` (production) and `npm run dev`: find or start the database, migrate,
 * seed an empty database, build if the build is missing or stale, then serve.
 */
import { spawn } from "node:child_process";
import { buildIfStale } from "./lib/build";
import { ensurePrismaClient, log, ROOT, run } from "./lib/cli";
import { ensureAuthSecret } from "./lib/secret";

const dev = process.argv.includes("--dev");
// Nothing may dial out from here; Next's anonymous telemetry would try.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

run(async () => {
  ensurePrismaClient();
  const { appDatabaseUrl, resolveDatabase } = await import("../lib/db-lifecycle/resolve");
  const { superviseEmbedded } = await import("../lib/db-lifecycle/supervise");
  const { prepareDatabase } = await import("../lib/db-lifecycle/prepare");
  const { describeUrl } = await import("../lib/db-lifecycle/connect");
  const target = await resolveDatabase(log);
  ensureAuthSecret(target.env.GUARANTOR_DATA_DIR);
  log(`database: ${describeUrl(target.url)}${target.embedded ? " (embedded)" : ""}`);
  await prepareDatabase(target.url, { log });
  // Migrations and seeding ran as the owner; the web app logs in with fewer rights.
  const appUrl = await appDatabaseUrl(target, log);
  if (dev) {
    const { ensureDemoUsers } = await import("./lib/demo-users");
    await ensureDemoUsers(target.url);
  }
  if (!dev) buildIfStale();

  const { PORT, HOST } = target.env;
  // Next.js behind our own HTTP server (scripts/serve.ts): it alone knows the socket's address.
  const args = ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: appUrl,
      MIGRATION_DATABASE_URL: "",
      PORT: String(PORT),
      HOST,
      NODE_ENV: dev ? "development" : "production",
    },
  });
  log(`serving on http://${HOST === "0.0.0.0" ? "localhost" : HOST}:${PORT}`);
  const unsupervise = target.embedded ? superviseEmbedded(target.embedded, log) : () => {};
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
  unsupervise();
  await target.embedded?.stop();
  return code;
});
