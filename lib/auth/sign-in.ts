import "server-only";
import { headers } from "next/headers";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { requestClientAddress } from "@/lib/security/client-address";
import { auth } from "./server";

/**
 * 5 tries a minute per account (from any address), 60 per client address, counted in PostgreSQL
 * (the SignInAttempt table), so every server process and a restart share the counts.
 * Should the database not answer, an in-process count stands in (sign-in itself needs
 * the database anyway).
 */
export function signInLimiter(keyPrefix: string, points: number) {
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: "signInAttempt",
    keyPrefix,
    points,
    duration: 60,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: 60 }),
  });
}
const perAccount = signInLimiter("account", 5);
const perAddress = signInLimiter("address", 60);

export type SignInResult =
  { ok: true } | { ok: false; message: string; retryAfterSeconds?: number };

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const h = await headers();
  // The address comes from the socket (scripts/serve.ts), never from a header the client wrote;
  // the account's own limit holds whichever addresses the attempts come from.
  const address = requestClientAddress(h);
  try {
    await Promise.all([perAccount.consume(email.toLowerCase()), perAddress.consume(address)]);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const ms = rejection.msBeforeNext;
    const retryAfterSeconds = Math.ceil(ms / 1000);
    return {
      ok: false,
      message: `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`,
      retryAfterSeconds,
    };
  }
  try {
    await auth().api.signInEmail({ body: { email, password }, headers: h });
    return { ok: true };
  } catch {
    return { ok: false, message: "That email and password do not match an account." };
  }
}

export async function signOut() {
  await auth().api.signOut({ headers: await headers() });
}
