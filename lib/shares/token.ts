import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 bits from the operating system's CSPRNG, URL-safe (43 characters). */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Anything that cannot be a token is refused before touching the database. */
export function isWellFormed(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Constant-time comparison of a presented token with a stored hash. */
export function matches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
