import { RateLimiterRes } from "rate-limiter-flexible";
import { expect, it } from "vitest";
import { signInLimiter } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";

it("counts sign-in attempts in the database, so two server processes share one limit", async () => {
  // Two limiters stand for two processes: each keeps nothing of its own.
  const first = signInLimiter("account", 5);
  const second = signInLimiter("account", 5);
  const key = "203.0.113.7|someone@example.org";
  for (let i = 0; i < 3; i++) await first.consume(key);
  for (let i = 0; i < 2; i++) await second.consume(key);
  const refused = await first.consume(key).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(RateLimiterRes);
  expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(0);
  expect(await db.signInAttempt.findUnique({ where: { key: `account:${key}` } })).toMatchObject({
    points: 6,
  });
  // Another account from the same address is counted apart.
  await expect(second.consume("203.0.113.7|other@example.org")).resolves.toBeInstanceOf(
    RateLimiterRes,
  );
});
