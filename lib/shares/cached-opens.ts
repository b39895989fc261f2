/**
 * Share views served from the page cache (lib/page-cache/) never reach the page that
 * counts an opening (`openShare`), so the server counts them here: openings are added
 * up per link and written once a second, so a link embedded on a busy site costs one
 * UPDATE a second, not one per reader. No server-only imports: scripts/serve.ts uses it.
 */
import type { PrismaClient } from "../generated/prisma/client";
import { hashToken, isWellFormed } from "./token";

/** What the page cache needs to know of a link: whether it is frozen, when it expires. */
export async function shareLinkState(prisma: PrismaClient, token: string) {
  if (!isWellFormed(token)) return null;
  const link = await prisma.shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { frozenAt: true, expiresAt: true, revokedAt: true },
  });
  if (!link || link.revokedAt) return null;
  return { frozen: link.frozenAt !== null, expiresAt: link.expiresAt };
}

export type OpenCounter = {
  count(token: string): void;
  flush(): Promise<void>;
  stop(): Promise<void>;
};

export function shareOpenCounter(prisma: PrismaClient, everyMs = 1000): OpenCounter {
  let pending = new Map<string, { opens: number; last: Date }>();
  const flush = async () => {
    const batch = pending;
    pending = new Map();
    for (const [tokenHash, { opens, last }] of batch) {
      await prisma.shareLink
        .updateMany({
          where: { tokenHash },
          data: { openCount: { increment: opens }, lastOpenedAt: last },
        })
        .catch((error: unknown) =>
          console.error("guarantor: could not count share-link openings:", error),
        );
    }
  };
  const timer = setInterval(() => void flush(), everyMs);
  timer.unref();
  return {
    count(token) {
      const tokenHash = hashToken(token);
      const seen = pending.get(tokenHash);
      pending.set(tokenHash, { opens: (seen?.opens ?? 0) + 1, last: new Date() });
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
