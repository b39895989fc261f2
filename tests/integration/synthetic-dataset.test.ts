import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { isSyntheticDataset } from "@/lib/synthetic-dataset";
import { COALITION_SLUG } from "@/scripts/synthetic/labels";
import { cite } from "../support/factory";

// Its own file: the answer is kept for the life of the process (one database per file here).
it("knows a synthetic database by its coalition, so every page can say so", async () => {
  await db.coalition.create({
    data: {
      slug: COALITION_SLUG,
      name: "SYNTHETIC — coalition",
      description: "[synthetic] generated",
      citations: await cite(),
    },
  });
  expect(await isSyntheticDataset()).toBe(true);
});
