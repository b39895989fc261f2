"use server";

import { z } from "zod";
import { requireActionPermission } from "@/lib/auth/server";
import { searchFacts, type FactHit } from "@/lib/citations/fact-search";
import { safeString } from "@/lib/security/safe-text";

const querySchema = safeString().trim().max(200);

/** The source page's "Cite for…" search: facts an editor may attach the selected quote to. */
export async function searchFactsAction(
  query: string,
): Promise<{ hits: FactHit[] } | { error: string }> {
  try {
    await requireActionPermission("data:write");
  } catch (error) {
    return { error: (error as Error).message };
  }
  const parsed = querySchema.safeParse(query);
  if (!parsed.success) return { error: z.prettifyError(parsed.error) };
  return { hits: await searchFacts(parsed.data) };
}
