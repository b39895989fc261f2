import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { consumeShareOpen, isShareOpen, shareOpenLimiter } from "@/lib/shares/open-limit";

it("counts share-link openings in the database, so two server processes share one limit", async () => {
  // Two limiters stand for two server processes: neither keeps a count of its own.
  const first = shareOpenLimiter(db, 5);
  const second = shareOpenLimiter(db, 5);
  const address = "198.51.100.23";
  for (let i = 0; i < 3; i++) expect(await consumeShareOpen(first, address)).toEqual({ ok: true });
  for (let i = 0; i < 2; i++) expect(await consumeShareOpen(second, address)).toEqual({ ok: true });
  const refused = await consumeShareOpen(first, address);
  expect(refused.ok).toBe(false);
  expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThan(0);
  expect(await consumeShareOpen(second, address)).toMatchObject({ ok: false });
  expect(
    await db.signInAttempt.findUnique({ where: { key: `share-open:${address}` } }),
  ).toMatchObject({ points: 7 });
  // Another address is counted apart.
  expect(await consumeShareOpen(second, "198.51.100.24")).toEqual({ ok: true });
});

it("recognises share and embed pages however the path is spelled", () => {
  for (const url of [
    "/s/abc",
    "/embed/abc?x=1",
    "//s/abc",
    "/%73/abc",
    "/S/abc",
    "/embed//abc",
    "/s/abc/opengraph-image",
  ])
    expect(isShareOpen(url)).toBe(true);
  for (const url of ["/", "/shares", "/sources/1", "/s/", "/api/v1/pledges", "/%E0%A4%A"])
    expect(isShareOpen(url)).toBe(false);
});
