import { expect, test } from "vitest";
import { z } from "zod";

test("instrumentation-client turns zod's eval probe off without loading zod in the browser", async () => {
  await import("../../instrumentation-client");
  // The setting zod reads before probing with `new Function` (which the CSP would report).
  expect(z.config().jitless).toBe(true);
});
