/**
 * The generated inputs: hostile text (NUL, lone surrogates, prototype names, numbers
 * that overflow, very long strings, any Unicode), raw percent-encoded bytes that are
 * not UTF-8, and URL parts for every API endpoint and public page. Generated with
 * fast-check from a seed, so a run can be repeated exactly.
 */
import fc from "fast-check";
import { endpoints } from "../../lib/api/endpoints";

export const SPECIAL = [
  "\0",
  "a\0b",
  "\uD800",
  "x\uDC00",
  "\uFFFF",
  "\u202E",
  "toString",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "2147483647",
  "2147483648",
  "-1",
  "0",
  "1.5",
  "1e400",
  "9".repeat(40),
  "NaN",
  "",
  " ",
  "\t",
  "%",
  "%00",
  "../..",
  "0000-01-01",
  "2026-02-30",
  "9999-12-31",
  "null",
  "undefined",
  "[]",
  "{}",
  "<script>",
  "' OR 1=1 --",
  "=SUM(A1)",
];

/** Text as a form field or a decoded parameter could hold it. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL), weight: 4 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 2 },
  {
    arbitrary: fc
      .tuple(
        fc.string({ maxLength: 10 }),
        fc.constantFrom(...SPECIAL),
        fc.string({ maxLength: 10 }),
      )
      .map((p) => p.join("")),
    weight: 2,
  },
  { arbitrary: fc.bigInt().map(String), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.integer({ min: 2000, max: 250_000 }).map((n) => "x".repeat(n)), weight: 1 },
);

const percentBytes = fc
  .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 })
  .map((bytes) => bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""));

/** A value as it stands in a URL: well-formed text encoded, or raw bytes that may not be UTF-8. */
export const urlPart = (valid: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: hostileText.map((t) => encodeURIComponent(t.toWellFormed())), weight: 4 },
    { arbitrary: percentBytes, weight: 2 },
    { arbitrary: fc.constantFrom(...(valid.length ? valid : ["x"])), weight: 3 },
  );

/** Example values of each API parameter, from the endpoints' documented examples. */
function knownValues(): Record<string, string[]> {
  const known: Record<string, string[]> = {
    limit: ["1", "50", "500", "501"],
    cursor: ["abc", "eyJpZCI6InAifQ"],
  };
  for (const e of endpoints) {
    for (const [k, v] of new URL(e.example, "http://x").searchParams)
      (known[k] ??= []).push(...v.split(","), v);
  }
  return known;
}

/** GET requests to every API endpoint: known and unknown parameters, hostile values, hostile path keys. */
export function apiPaths(): fc.Arbitrary<string> {
  const known = knownValues();
  return fc.constantFrom(...endpoints).chain((e) => {
    const names = [...Object.keys(e.query.shape), "__proto__", "toString", "x"];
    const param = fc
      .constantFrom(...names)
      .chain((name) => urlPart(known[name] ?? []).map((v) => `${encodeURIComponent(name)}=${v}`));
    const path = fc.constantFrom(e.path).chain((p) => {
      const key = /\{(\w+)\}/.exec(p)?.[1];
      return key
        ? urlPart(["FR", "us-backstop", "p-1", "FR.json"]).map((v) => p.replace(`{${key}}`, v))
        : fc.constant(p);
    });
    return fc
      .tuple(path, fc.array(param, { maxLength: 4 }))
      .map(([p, q]) => `/api/v1${p}${q.length ? `?${q.join("&")}` : ""}`);
  });
}

const PAGE_QUERIES: Record<string, Record<string, string[]>> = {
  "/events": { kind: ["SUMMIT", "STATEMENT"], page: ["1", "2", "0", "-1", "2147483648"] },
  "/countries": { posture: ["COMMITTED", "DECLINED"] },
  "/conditions": { status: ["MET", "NOT_MET"] },
  "/pledges": {
    q: ["air"],
    domain: ["AIR", "AIR,MARITIME"],
    status: ["CONDITIONAL"],
    country: ["FR", "undisclosed"],
    condition: ["us-backstop"],
    blocked: ["1"],
    sort: ["country", "announced"],
    dir: ["desc"],
    page: ["2", "999999"],
    size: ["50"],
    cols: ["quantity"],
  },
  "/compare": { c: ["FR,GB", "FR,GB,DE,IT,PL"] },
  "/capability": {},
  "/sources": {},
  "/methodology": {},
};
const PAGE_KEYS: Record<string, string[]> = {
  "/countries/": ["FR", "GB", "fr", "ZZ"],
  "/conditions/": ["us-backstop", "nope"],
  "/pledges/": ["p-1", "nope"],
  "/sources/": ["nope"],
  "/history/Pledge/": ["p-1"],
  "/history/Condition/": ["us-backstop"],
  "/history/Country/": ["FR"],
};

/** GET requests to the public pages, their filters and their ids. */
export function pagePaths(): fc.Arbitrary<string> {
  const listed = fc.constantFrom(...Object.keys(PAGE_QUERIES)).chain((page) => {
    const params = PAGE_QUERIES[page]!;
    const names = [...Object.keys(params), "__proto__", "x"];
    const param = fc
      .constantFrom(...names)
      .chain((name) => urlPart(params[name] ?? []).map((v) => `${name}=${v}`));
    return fc
      .array(param, { maxLength: 3 })
      .map((q) => `${page}${q.length ? `?${q.join("&")}` : ""}`);
  });
  const keyed = fc
    .constantFrom(...Object.keys(PAGE_KEYS))
    .chain((prefix) => urlPart(PAGE_KEYS[prefix]!).map((k) => `${prefix}${k}`));
  return fc.oneof(listed, keyed);
}

/** Values for a form's fields: often a valid one (kept, or one of the select's options), else hostile. */
export function formValues(
  fields: Record<string, string>,
  options: Record<string, string[]>,
): fc.Arbitrary<Record<string, string>> {
  const names = [...new Set([...Object.keys(fields), ...Object.keys(options)])];
  const entries = names.map((name) => {
    const valid = options[name]?.length
      ? fc.constantFrom(...options[name]!)
      : fc.constant(fields[name] ?? "");
    return fc
      .oneof({ arbitrary: valid, weight: 5 }, { arbitrary: hostileText, weight: 1 })
      .map((v) => [name, v] as const);
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs));
}
