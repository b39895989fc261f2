import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { log } from "./cli";

/**
 * Sessions are signed with BETTER_AUTH_SECRET. When it is not set, a random one is made
 * once and kept in the data folder (mode 600), so `npm start` works on a fresh machine
 * and sessions survive restarts. Production deployments set their own.
 */
export function ensureAuthSecret(dataDir: string) {
  if (process.env.BETTER_AUTH_SECRET) return;
  const file = path.resolve(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
    log(`generated a session secret in ${file} (set BETTER_AUTH_SECRET to use your own)`);
  }
  process.env.BETTER_AUTH_SECRET = readFileSync(file, "utf8").trim();
}
