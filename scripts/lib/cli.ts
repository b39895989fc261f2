import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export function log(line: string) {
  console.log(`guarantor: ${line}`);
}

/** Runs `main`, printing any failure as one line and exiting non-zero. */
export function run(main: () => Promise<void | number>) {
  main().then(
    (code) => {
      if (typeof code === "number") process.exit(code);
    },
    (error: unknown) => {
      console.error(`guarantor: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

export function bin(name: string) {
  return path.join(ROOT, "node_modules", ".bin", name);
}

/** Generates the Prisma client when it is missing or older than the schema. */
export function ensurePrismaClient() {
  const client = path.join(ROOT, "lib/generated/prisma/client.ts");
  const schema = path.join(ROOT, "prisma/schema.prisma");
  if (existsSync(client) && statSync(client).mtimeMs >= statSync(schema).mtimeMs) return;
  log("generating the Prisma client");
  const result = spawnSync(bin("prisma"), ["generate"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("prisma generate failed");
}
