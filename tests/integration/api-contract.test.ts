/**
 * Contract tests: the OpenAPI document lists every route and parameter the handlers
 * implement, and what the handlers answer (200s and errors) validates against the
 * document's own schemas.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as rest from "@/app/api/v1/[...rest]/route";
import * as condition from "@/app/api/v1/conditions/[slug]/route";
import * as conditions from "@/app/api/v1/conditions/route";
import * as country from "@/app/api/v1/countries/[code]/route";
import * as countries from "@/app/api/v1/countries/route";
import * as dump from "@/app/api/v1/dump.json/route";
import * as event from "@/app/api/v1/events/[id]/route";
import * as events from "@/app/api/v1/events/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as pledge from "@/app/api/v1/pledges/[id]/route";
import * as exporter from "@/app/api/v1/pledges/export/route";
import * as pledges from "@/app/api/v1/pledges/route";
import * as source from "@/app/api/v1/sources/[id]/route";
import * as sources from "@/app/api/v1/sources/route";
import { endpoints } from "@/lib/api/endpoints";
import { buildOpenApi, type Parameter } from "@/lib/api/openapi";
import {
  makeCoalition,
  makeCondition,
  makeCountry,
  makeEvent,
  makeSource,
} from "../support/factory";
import { call, makeApiPledge, makeDraftSource } from "../support/factory-api";
import { validate } from "../support/json-schema";

type Route = typeof pledges;
const routes: Record<string, Route> = {
  "/countries": countries,
  "/countries/{code}": country,
  "/pledges": pledges,
  "/pledges/{id}": pledge,
  "/pledges/export": exporter,
  "/conditions": conditions,
  "/conditions/{slug}": condition,
  "/events": events,
  "/events/{id}": event,
  "/sources": sources,
  "/sources/{id}": source,
  "/dump.json": dump,
  "/openapi.json": openapi,
};

const doc = buildOpenApi() as unknown as {
  openapi: string;
  paths: Record<
    string,
    {
      get: {
        parameters: Parameter[];
        responses: Record<
          string,
          { $ref?: string; content?: Record<string, { schema?: { $ref: string } }> }
        >;
      };
    }
  >;
  components: { schemas: Record<string, Record<string, unknown>> };
};
const root = doc as unknown as Record<string, unknown>;

/** app/api/v1/countries/[code]/route.ts -> /countries/{code} */
function routeFiles(dir = path.resolve("app/api/v1"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [prefix || "/"] : [];
    const segment = entry.name.replace(/^\[(\w+)\]$/, "{$1}");
    return routeFiles(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

/** Real path parameters for each documented path with {params} (set up below). */
const known: Record<string, Record<string, string>> = {};
const missing = { code: "ZZ", id: "no-such-id", slug: "no-such-slug" };

function request(p: string, query = "", params: Record<string, string> = known[p] ?? {}) {
  const filled = p.replace(/\{(\w+)\}/g, (_, k: string) => params[k]!);
  return call(routes[p]!.GET, `/api/v1${filled}${query ? `?${query}` : ""}`, { params });
}

function expectValid(body: unknown, ref: string) {
  expect(validate(body, { $ref: ref }, root)).toEqual([]);
}

beforeAll(async () => {
  const coalition = await makeCoalition();
  const src = await makeSource("Testland will send 40 engineers. Drafts say more.");
  const draftSource = await makeDraftSource();
  const c = await makeCountry({ posture: "CONDITIONAL", coalitionSlug: coalition });
  const cond = await makeCondition({ sourceId: src.id });
  const p = await makeApiPledge({
    coalitionSlug: coalition,
    countryCode: c.code,
    quantity: 40,
    unit: "engineers",
    announcedOn: "2026-01-06",
    conditions: [cond.slug],
    citations: [
      { sourceId: src.id, quote: "40 engineers" },
      { sourceId: draftSource.id, quote: "Drafts" },
    ],
  });
  await makeApiPledge({ coalitionSlug: coalition, countryCode: null, disclosure: "UNDISCLOSED" });
  await makeApiPledge({ coalitionSlug: coalition, published: false, internalNote: "secret" });
  const e = await makeEvent({
    countries: [c.code],
    conditions: [cond.slug],
    occurredOn: new Date("2026-01-06"),
  });
  await makeEvent({ sequence: 3 });
  Object.assign(known, {
    "/countries/{code}": { code: c.code },
    "/pledges/{id}": { id: p.id },
    "/conditions/{slug}": { slug: cond.slug },
    "/events/{id}": { id: e.id },
    "/sources/{id}": { id: src.id },
  });
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and documents exactly the routes that exist", () => {
    expect(doc.openapi).toBe("3.1.0");
    const files = routeFiles().filter((p) => p !== "/{...rest}" && !p.includes("[..."));
    expect(Object.keys(doc.paths).sort()).toEqual(files.sort());
    expect(Object.keys(routes).sort()).toEqual(files.sort());
  });

  it("has no dangling $ref", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map(([, r]) => r!);
    expect(refs.length).toBeGreaterThan(20);
    for (const r of new Set(refs)) {
      const target = r
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc);
      expect(target, r).toBeTruthy();
    }
  });

  it("is served at /api/v1/openapi.json", async () => {
    const res = await call(openapi.GET, "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("every example on the docs page is accepted", async () => {
    for (const e of endpoints) {
      const [p, query] = e.example.split("?");
      const parsed = e.query.safeParse(Object.fromEntries(new URLSearchParams(query ?? "")));
      expect(parsed.success, `${e.example}: ${parsed.error?.message}`).toBe(true);
      expect(p).toMatch(new RegExp(`^${e.path.replace(/\{\w+\}/g, "[^/]+")}$`));
    }
  });
});

describe.each(Object.keys(routes).filter((p) => p !== "/openapi.json"))("%s", (p) => {
  const get = () => doc.paths[p]!.get;

  it("answers 200 with a body valid against the documented schema", async () => {
    const res = await request(p);
    expect(res.status, await res.clone().text()).toBe(200);
    // What is documented as cacheable (ETag, 304) is what sends an ETag.
    expect(res.headers.has("etag")).toBe("304" in get().responses);
    const ok = get().responses["200"]!.content!;
    const ref = ok["application/json"]?.schema?.$ref;
    if (!ref) {
      expect(Object.keys(ok)).toContain(res.headers.get("content-type"));
      return;
    }
    const body = (await res.json()) as unknown;
    expectValid(body, ref);
    expect(JSON.stringify(body)).not.toMatch(/internalNote|"version"|secret|Drafts"/);
  });

  it("rejects an unknown parameter, and a bad value of every documented one, with a documented 400", async () => {
    const bad = (param: Parameter) => {
      const s = param.schema as {
        type?: string;
        enum?: string[];
        items?: { enum?: string[]; pattern?: string };
        pattern?: string;
        maxLength?: number;
      };
      if (s.type === "array") return s.items?.enum ? "NOT_A_VALUE" : "!!";
      if (s.enum) return "NOT_A_VALUE";
      if (s.type === "integer") return "0.5";
      if (s.pattern) return "!!";
      if (s.maxLength) return "x".repeat(s.maxLength + 1);
      return null;
    };
    expect(get().responses["400"]!.$ref).toBe("#/components/responses/BadRequest");
    const unknown = await request(p, "no_such_param=1");
    expect(unknown.status).toBe(400);
    expectValid(await unknown.json(), "#/components/schemas/Error");
    for (const param of get().parameters.filter((x) => x.in === "query")) {
      const value = bad(param);
      expect(value, `no bad value for ${param.name}`).not.toBeNull();
      const res = await request(p, `${param.name}=${encodeURIComponent(value!)}`);
      expect(res.status, `${param.name}=${value}`).toBe(400);
      const body = (await res.json()) as { error: { message: string } };
      expectValid(body, "#/components/schemas/Error");
      expect(body.error.message).toContain(`"${param.name}"`);
    }
  });

  it("documents its 404 when it has one", async () => {
    const documented = "404" in get().responses;
    expect(documented).toBe(p.includes("{"));
    if (!documented) return;
    const res = await request(p, "", missing);
    expect(res.status).toBe(404);
    expectValid(await res.json(), "#/components/schemas/Error");
  });
});

it("unknown paths and writes answer with the documented Error shape", async () => {
  expectValid(await (await call(rest.GET, "/api/v1/nope")).json(), "#/components/schemas/Error");
  const write = await pledges.POST(new Request("http://x/api/v1/pledges", { method: "POST" }));
  expectValid(await write.json(), "#/components/schemas/Error");
});
