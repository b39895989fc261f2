/**
 * Synthetic source texts, written sentence by sentence. A fact's citation quotes a
 * sentence this book wrote into a source, so every quote is verbatim by construction.
 */
import { createHash } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import { BANNER, titled } from "./labels";

export type Cite = { sourceId: string; quote: string; field: string | null };

type Draft = { id: string; title: string; publishedOn: Date; paragraphs: string[][] };

export class SourceBook {
  private drafts = new Map<string, Draft>();

  open(id: string, title: string, publishedOn: Date) {
    this.drafts.set(id, { id, title: titled(title), publishedOn, paragraphs: [[]] });
  }

  has(id: string) {
    return this.drafts.has(id);
  }

  /** Starts a new paragraph in source `id`. */
  paragraph(id: string) {
    this.draft(id).paragraphs.push([]);
  }

  /** Writes `sentence` into source `id` and returns a citation quoting it. */
  write(id: string, sentence: string, field: string | null = null): Cite {
    this.draft(id).paragraphs.at(-1)!.push(sentence);
    return { sourceId: id, quote: sentence, field };
  }

  rows(): Required<Omit<Prisma.SourceCreateManyInput, "createdAt">>[] {
    return [...this.drafts.values()].map((d) => {
      const body = d.paragraphs.filter((p) => p.length).map((p) => p.join(" "));
      const text = [BANNER, ...body].join("\n\n") + "\n";
      return {
        id: d.id,
        title: d.title,
        publisher: "Guarantor synthetic data generator",
        publishedOn: d.publishedOn,
        url: null,
        fileName: null,
        sha256: createHash("sha256").update(text).digest("hex"),
        text,
        version: 1,
        updatedAt: d.publishedOn,
        published: true,
      };
    });
  }

  private draft(id: string): Draft {
    const d = this.drafts.get(id);
    if (!d) throw new Error(`synthetic source ${id} was never opened`);
    return d;
  }
}
