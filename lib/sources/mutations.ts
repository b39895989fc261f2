import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { slugify } from "@/lib/codes";
import { dateOrNull } from "@/lib/dates/schema";
import type { Justification } from "@/lib/changes/justification-schema";
import { applyChange, type MutationResult } from "@/lib/entities";
import { sourceTitle, type SourceInput } from "./schema";

export async function createSource(
  user: SessionUser | null,
  input: SourceInput,
  justification: Justification,
): Promise<MutationResult> {
  const title = sourceTitle(input);
  const base = slugify(title).slice(0, 50) || "source";
  const id = `${base}-${createHash("sha256").update(input.text).digest("hex").slice(0, 6)}`;
  return applyChange(db, {
    user,
    permission: "data:write",
    type: "Source",
    id,
    action: "CREATE",
    expectedVersion: null,
    justification,
    write: async (tx) => {
      await tx.source.create({
        data: {
          id,
          title,
          publisher: input.publisher || null,
          publishedOn: dateOrNull(input.publishedOn),
          url: input.url || null,
          text: input.text,
          sha256: createHash("sha256").update(input.text).digest("hex"),
        },
      });
      return 1;
    },
  });
}
