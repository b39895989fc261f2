import "server-only";
import { headers } from "next/headers";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { auth } from "./server";

// Per server process: 5 tries a minute per address and account, 60 per address.
const perAccount = new RateLimiterMemory({ points: 5, duration: 60 });
const perAddress = new RateLimiterMemory({ points: 60, duration: 60 });

export type SignInResult = { ok: true } | { ok: false; message: string; retryAfterSeconds?: number };

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const h = await headers();
  const address = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
  try {
    await Promise.all([perAccount.consume(`${address}|${email.toLowerCase()}`), perAddress.consume(address)]);
  } catch (rejection) {
    const ms = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
    const retryAfterSeconds = Math.ceil(ms / 1000);
    return { ok: false, message: `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`, retryAfterSeconds };
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
