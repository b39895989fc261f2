/**
 * What a signed-in render depends on besides the URL and the data: whose session it is
 * and what that account is now. The signed-in page cache (lib/page-cache/viewer-cache.ts)
 * reads it on every request, with the data version in the same statement, so a page is
 * served from the cache only while the session is live and the account and the data are
 * exactly as they were when it was rendered. No server-only imports: scripts/serve.ts
 * uses it.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { SESSION_HOURS, SESSION_UPDATE_AGE_SECONDS } from "./config";

export type SessionStamp = {
  /** Account, role, name and ban as they are now: part of the signed-in cache key. */
  stamp: string;
  /** The database's data version, read in the same statement. */
  version: bigint;
};

/** The session token of better-auth's cookie (`<token>.<signature>`, URL-encoded), or null. */
export function sessionToken(cookies: string): string | null {
  const entry = cookies
    .split(";")
    .map((c) => c.trim())
    .find((c) => /^(__secure-|__host-)?better-auth\.session_token=/i.test(c));
  if (!entry) return null;
  let value: string;
  try {
    value = decodeURIComponent(entry.slice(entry.indexOf("=") + 1));
  } catch {
    return null;
  }
  const token = value.split(".")[0];
  return token ? token : null;
}

type Row = {
  userId: string;
  role: string | null;
  name: string;
  banned: boolean | null;
  userUpdatedAt: Date;
  expiresAt: Date;
  version: string;
};

/**
 * The stamp of the session better-auth's cookies name, or null when there is none to
 * trust without better-auth: no such session, expired, its user banned, or due for the
 * refresh better-auth makes on a live request (once `updateAge` has passed).
 */
export async function sessionStamp(
  db: PrismaClient,
  cookies: string,
  now = Date.now(),
): Promise<SessionStamp | null> {
  const token = sessionToken(cookies);
  if (!token) return null;
  const [row] = await db.$queryRaw<Row[]>`
    select u.id as "userId", u.role, u.name, u.banned, u."updatedAt" as "userUpdatedAt",
      s."expiresAt", (select "value"::text from "DataVersion" where "id" = 1) as version
    from "Session" s join "User" u on u.id = s."userId"
    where s.token = ${token}`;
  if (!row || row.banned) return null;
  const expires = row.expiresAt.getTime();
  if (expires <= now) return null;
  // better-auth moves expiresAt forward on the first live request after updateAge.
  if (expires - SESSION_HOURS * 3600_000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now) return null;
  return {
    stamp: JSON.stringify([row.userId, row.role, row.name, row.userUpdatedAt.getTime()]),
    version: BigInt(row.version ?? 0),
  };
}
