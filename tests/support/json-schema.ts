/**
 * A small JSON Schema (2020-12) checker for the keywords zod emits, so contract tests
 * can hold responses against the published OpenAPI document itself. An unknown
 * keyword throws: a schema this cannot check must not pass silently.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(["description", "default", "examples", "title", "format"]);
const FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
};

function typeOf(value: unknown) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function validate(value: unknown, schema: Schema, root: Schema, path = "$"): string[] {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);
  for (const [keyword, arg] of Object.entries(schema)) {
    switch (keyword) {
      case "$ref": {
        const target = (arg as string)
          .replace(/^#\//, "")
          .split("/")
          .reduce<unknown>((node, key) => (node as Schema)?.[key], root);
        if (!target) throw new Error(`Unresolved $ref ${String(arg)}`);
        errors.push(...validate(value, target as Schema, root, path));
        break;
      }
      case "type": {
        const types = Array.isArray(arg) ? arg : [arg];
        const actual = typeOf(value);
        if (!types.includes(actual) && !(actual === "integer" && types.includes("number")))
          fail(`expected ${types.join("|")}, got ${actual}`);
        break;
      }
      case "properties":
        for (const [key, sub] of Object.entries(arg as Record<string, Schema>)) {
          if (value && typeof value === "object" && key in value) {
            errors.push(...validate((value as Schema)[key], sub, root, `${path}.${key}`));
          }
        }
        break;
      case "required":
        for (const key of arg as string[])
          if (!value || typeof value !== "object" || !(key in value)) fail(`missing ${key}`);
        break;
      case "additionalProperties":
        if (arg === false && value && typeof value === "object" && !Array.isArray(value)) {
          const known = Object.keys((schema.properties as Schema) ?? {});
          for (const key of Object.keys(value))
            if (!known.includes(key)) fail(`unexpected property ${key}`);
        } else if (arg !== false) throw new Error("additionalProperties other than false");
        break;
      case "items":
        if (Array.isArray(value))
          value.forEach((item, i) =>
            errors.push(...validate(item, arg as Schema, root, `${path}[${i}]`)),
          );
        break;
      case "anyOf":
        if (!(arg as Schema[]).some((sub) => validate(value, sub, root, path).length === 0))
          fail("matches none of anyOf");
        break;
      case "enum":
        if (!(arg as unknown[]).includes(value)) fail(`${JSON.stringify(value)} not in enum`);
        break;
      case "const":
        if (value !== arg) fail(`expected ${JSON.stringify(arg)}`);
        break;
      case "pattern":
        if (typeof value === "string" && !new RegExp(arg as string).test(value))
          fail(`does not match ${String(arg)}`);
        break;
      case "minimum":
        if (typeof value === "number" && value < (arg as number)) fail(`below ${String(arg)}`);
        break;
      case "maximum":
        if (typeof value === "number" && value > (arg as number)) fail(`above ${String(arg)}`);
        break;
      case "minItems":
        if (Array.isArray(value) && value.length < (arg as number))
          fail(`fewer than ${String(arg)} items`);
        break;
      default:
        if (!ANNOTATIONS.has(keyword)) throw new Error(`json-schema.ts cannot check "${keyword}"`);
    }
  }
  if (
    typeof schema.format === "string" &&
    typeof value === "string" &&
    FORMATS[schema.format] &&
    !FORMATS[schema.format]!.test(value)
  ) {
    fail(`not a ${schema.format}`);
  }
  return errors;
}
