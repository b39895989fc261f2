/** A parameter's JSON Schema in words, for people reading the API page. */
type Schema = {
  type?: string;
  enum?: string[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
  items?: Schema;
};

export type SchemaWords = { kind: string; values?: string[] };

const VALUES_BY_PATTERN: Record<string, string> = {
  "^([A-Za-z]{2}|undisclosed)$": "two-letter country code, or undisclosed",
  "^[A-Za-z]{2}$": "two-letter country code",
  "^[a-z0-9-]{1,80}$": "slug",
};

function one(schema: Schema): SchemaWords {
  if (schema.format === "date") return { kind: "date, YYYY-MM-DD" };
  if (schema.enum) {
    const booleans = schema.enum.every((v) => ["true", "false", "0", "1"].includes(v));
    return booleans ? { kind: "true or false (or 1, 0)" } : { kind: "one of", values: schema.enum };
  }
  if (schema.pattern && VALUES_BY_PATTERN[schema.pattern])
    return { kind: VALUES_BY_PATTERN[schema.pattern]! };
  if (schema.type === "integer") {
    const range =
      schema.minimum !== undefined && schema.maximum !== undefined
        ? ` ${schema.minimum}–${schema.maximum}`
        : "";
    const fallback = schema.default !== undefined ? `, default ${String(schema.default)}` : "";
    return { kind: `whole number${range}${fallback}` };
  }
  return { kind: schema.maxLength ? `text, up to ${schema.maxLength} characters` : "text" };
}

export function describeSchema(schema: Schema): SchemaWords {
  if (schema.type !== "array" || !schema.items) return one(schema);
  const item = one(schema.items);
  return { kind: `comma-separated list: ${item.kind}`, values: item.values };
}
