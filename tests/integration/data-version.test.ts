import { describe, expect, it } from "vitest";
import { dataVersion, untilDataChanges } from "@/lib/data-version";
import { db } from "@/lib/db";
import { makeCountry } from "../support/factory";

describe("values kept until the data changes", () => {
  it("is loaded once while nothing is written, and again after any write to a fact", async () => {
    let loads = 0;
    const load = async () => ++loads;
    expect(await untilDataChanges("test:count", load)).toBe(1);
    expect(await untilDataChanges("test:count", load)).toBe(1);

    // A write by another process (here: plain SQL, not the app's code) moves the version.
    const v0 = await dataVersion();
    await db.$executeRaw`UPDATE "Coalition" SET "description" = "description"`;
    expect(await dataVersion()).toBeGreaterThan(v0);
    expect(await untilDataChanges("test:count", load)).toBe(2);

    await makeCountry();
    expect(await untilDataChanges("test:count", load)).toBe(3);
    expect(await untilDataChanges("test:count", load)).toBe(3);
  });

  it("does not move for writes outside the dataset, and does not keep a failed load", async () => {
    const v0 = await dataVersion();
    await db.rateLimit.deleteMany({ where: { key: "nothing-to-see" } });
    expect(await dataVersion()).toBe(v0);

    await expect(
      untilDataChanges("test:fails", () => Promise.reject(new Error("down"))),
    ).rejects.toThrow("down");
    expect(await untilDataChanges("test:fails", async () => "recovered")).toBe("recovered");
  });
});
