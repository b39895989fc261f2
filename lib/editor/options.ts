import "server-only";
import { db } from "@/lib/db";

/** The choices the editing forms offer (drafts included: editors see them). */
export async function getEditorOptions() {
  const [countries, conditions, sources] = await Promise.all([
    db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db.condition.findMany({
      select: { slug: true, name: true, status: true },
      orderBy: { sortOrder: "asc" },
    }),
    db.source.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" } }),
  ]);
  return { countries, conditions, sources };
}

export type EditorOptions = Awaited<ReturnType<typeof getEditorOptions>>;
