/**
 * What every API schema shares: the registry that becomes the OpenAPI document's
 * components, and the citation and date shapes each fact uses. The entity schemas live
 * in their rooms (lib/pledges/api-schema.ts) or in ./schemas.ts.
 */
import { z } from "zod";

/** The OpenAPI components: every schema registered here becomes #/components/schemas/<id>. */
export const apiSchemas = z.registry<{ id: string }>();

export const date = z.iso
  .date()
  .nullable()
  .meta({ description: "ISO 8601 date; null when no source states it." });
export const text = z.string().nullable();

export const citationSchema = z
  .object({
    id: z.string(),
    quote: z.string().meta({ description: "Verbatim from the source." }),
    field: text.meta({
      description: "The part of the fact the quote supports (e.g. status), when not the whole.",
    }),
    source: z.object({ id: z.string(), title: z.string() }),
  })
  .meta({ description: "A verbatim quote from a published source backing a fact." })
  .register(apiSchemas, { id: "Citation" });

export const citations = z.array(citationSchema);
