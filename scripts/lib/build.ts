import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { bin, log, ROOT } from "./cli";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "prisma/schema.prisma",
  "public",
  "package-lock.json",
  "next.config.ts",
  "proxy.ts",
  "instrumentation-client.ts",
  "postcss.config.mjs",
  "instrumentation.ts",
];

// Generated code (the synthetic data generator lives in scripts/, which is no input).
const NOT_INPUTS = [path.join("lib", "generated")];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (NOT_INPUTS.some((dir) => target.endsWith(dir))) return 0;
  return readdirSync(target).reduce(
    (max, name) => Math.max(max, newestMtime(path.join(target, name))),
    stat.mtimeMs,
  );
}

/** Runs `next build` when the build is missing or older than any of its inputs. */
export function buildIfStale() {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const inputs = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  if (built >= inputs) return;
  log(
    built
      ? "sources changed since the last build; rebuilding"
      : "building the app (first start only)",
  );
  const result = spawnSync(bin("next"), ["build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}
