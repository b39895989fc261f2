/**
 * A fast, deterministic slice of `npm run chaos`: a seeded fast-check run of generated
 * inputs against the API's route handlers and every form's schema and mutation on the
 * real database (no 500, no invalid row), and 20 concurrent saves of one pledge through
 * the real write path with version checks (nothing lost).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as conditionsRoute from "@/app/api/v1/conditions/route";
import * as conditionRoute from "@/app/api/v1/conditions/[slug]/route";
import * as countriesRoute from "@/app/api/v1/countries/route";
import * as countryRoute from "@/app/api/v1/countries/[code]/route";
import * as eventsRoute from "@/app/api/v1/events/route";
import * as eventRoute from "@/app/api/v1/events/[id]/route";
import * as pledgesRoute from "@/app/api/v1/pledges/route";
import * as pledgeRoute from "@/app/api/v1/pledges/[id]/route";
import * as sourcesRoute from "@/app/api/v1/sources/route";
import * as sourceRoute from "@/app/api/v1/sources/[id]/route";
import { db } from "@/lib/db";
import { createCondition } from "@/lib/conditions/mutations";
import { conditionSchema } from "@/lib/conditions/schema";
import { createEvent } from "@/lib/events/mutations";
import { eventSchema } from "@/lib/events/schema";
import { justificationSchema } from "@/lib/changes/justification-schema";
import type { MutationResult } from "@/lib/changes/write";
import { setPosture } from "@/lib/postures/mutations";
import { postureSchema } from "@/lib/postures/schema";
import { createPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema } from "@/lib/pledges/schema";
import { createRequirement } from "@/lib/requirements/mutations";
import { requirementSchema } from "@/lib/requirements/schema";
import { decodeUrlPart } from "@/lib/security/safe-text";
import { createSource } from "@/lib/sources/mutations";
import { sourceSchema } from "@/lib/sources/schema";
import { apiPaths, formValues } from "../../scripts/chaos/inputs";
import { checkInvariants } from "../../scripts/chaos/invariants";
import {
  citation,
  makeCoalition,
  makeCountry,
  makeSource,
  recordHistory,
  sharedSourceId,
} from "../support/factory";
import { userWithRole } from "../support/users";

const SEED = 20261201;
const editor = userWithRole("editor");

type Handler = {
  GET: (
    request: Request,
    context: { params: Promise<Record<string, string>> },
  ) => Promise<Response>;
};
const ROUTES: [RegExp, Handler, string?][] = [
  [/^\/api\/v1\/countries$/, countriesRoute],
  [/^\/api\/v1\/countries\/([^/?]*)$/, countryRoute, "code"],
  [/^\/api\/v1\/conditions$/, conditionsRoute],
  [/^\/api\/v1\/conditions\/([^/?]*)$/, conditionRoute, "slug"],
  [/^\/api\/v1\/events$/, eventsRoute],
  [/^\/api\/v1\/events\/([^/?]*)$/, eventRoute, "id"],
  [/^\/api\/v1\/pledges$/, pledgesRoute],
  [/^\/api\/v1\/pledges\/([^/?]*)$/, pledgeRoute, "id"],
  [/^\/api\/v1\/sources$/, sourcesRoute],
  [/^\/api\/v1\/sources\/([^/?]*)$/, sourceRoute, "id"],
];

describe("generated input (seeded fast-check)", () => {
  it("never makes an API handler answer 500", async () => {
    const statuses: number[] = [];
    for (const path of fc.sample(apiPaths(), { seed: SEED, numRuns: 120 })) {
      const url = new URL(path, "http://app.test");
      const route = ROUTES.find(([re]) => re.test(url.pathname));
      if (!route) continue; // exports, the dump and the OpenAPI document are covered by their own tests
      const raw = route[0].exec(url.pathname)![1];
      const key = raw === undefined ? undefined : decodeUrlPart(raw);
      if (key === null) continue; // not UTF-8: the proxy answers 400 before any handler (tests/integration/hostile-input.test.ts)
      const params = route[2] && key !== undefined ? { [route[2]]: key } : {};
      const response = await route[1].GET(new Request(url), { params: Promise.resolve(params) });
      expect(response.status, path).toBeLessThan(500);
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThan(0);
  });

  it("never makes a form's mutation throw or store an invalid row", async () => {
    await makeCoalition();
    const country = await makeCountry();
    const source = await makeSource("A test article. It says many things about air policing.");
    // As the app would have: every row is in the audit log (the factories' shared source too).
    await recordHistory("Source", source.id);
    await recordHistory("Source", await sharedSourceId());
    const fields = (shape: object, extra: Record<string, string> = {}) => ({
      ...Object.fromEntries(Object.keys(shape).map((k) => [k, ""])),
      ...extra,
    });
    const valid = {
      countryCode: country.code,
      domain: "AIR",
      status: "ANNOUNCED",
      disclosure: "OFFICIAL",
      kind: "SUMMIT",
      category: "LEGAL",
      posture: "COMMITTED",
      sourceId: source.id,
      quote: "It says many things",
      reason: "chaos slice",
    };
    const forms: {
      fields: Record<string, string>;
      save: (values: Record<string, string>) => Promise<MutationResult | null>;
    }[] = [
      {
        fields: fields(pledgeSchema.shape, { description: "Air policing" }),
        save: (v) =>
          parsed(pledgeSchema, v, (i, j) => createPledge(editor, { ...i, published: true }, j)),
      },
      {
        fields: fields(conditionSchema.shape, {
          name: "A condition",
          description: "A description",
          evidence: "Some evidence",
        }),
        save: (v) =>
          parsed(conditionSchema, v, (i, j) =>
            createCondition(editor, { ...i, published: true }, j),
          ),
      },
      {
        fields: fields(eventSchema.shape, { title: "A summit", summary: "Leaders met." }),
        save: (v) =>
          parsed(eventSchema, v, (i, j) => createEvent(editor, { ...i, published: true }, j)),
      },
      {
        fields: fields(requirementSchema.shape, { description: "Air cover" }),
        save: (v) => parsed(requirementSchema, v, (i, j) => createRequirement(editor, i, j)),
      },
      {
        fields: fields(postureSchema.shape, { summary: "Ready to deploy." }),
        save: (v) =>
          parsed(postureSchema, { ...v, isMember: true }, (i, j) =>
            setPosture(editor, v.countryCode || country.code, null, i, j),
          ),
      },
      {
        fields: fields(sourceSchema.shape, {
          title: "A source",
          text: "A long enough source text, really.",
        }),
        save: (v) =>
          parsed(sourceSchema, v, (i) =>
            createSource(editor, i, { sourceId: "", quote: "", reason: "New source added" }),
          ),
      },
    ];
    const options = Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, [v]]));
    const samples = fc.sample(
      fc
        .constantFrom(...forms)
        .chain((f) =>
          formValues({ ...f.fields, sourceId: "", quote: "", reason: "" }, options).map(
            (values) => ({ f, values }),
          ),
        ),
      { seed: SEED, numRuns: 80 },
    );
    const outcomes = { saved: 0, refused: 0 };
    for (const { f, values } of samples) {
      const result = await f.save(values);
      if (result?.ok) outcomes.saved++;
      else {
        outcomes.refused++;
        if (result) expect(result.status, JSON.stringify(values)).toBeLessThan(500);
      }
    }
    expect(outcomes.saved).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
    const after = await checkInvariants(db);
    expect(after.problems).toEqual([]);
    expect(after.invalidRows + after.uncitedPublished + after.unaudited).toBe(0);
  });
});

/** Validates as the action does (the fact's fields, then the justification) and saves; null when refused by validation. */
async function parsed<T>(
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
  values: Record<string, unknown>,
  save: (input: T, j: ReturnType<typeof justificationSchema.parse>) => Promise<MutationResult>,
) {
  const input = schema.safeParse(values);
  const justification = justificationSchema.safeParse(values);
  if (!input.success || !justification.success) return null;
  return save(input.data as T, justification.data);
}

describe("concurrent saves", () => {
  it("20 editors saving one pledge at once: every acknowledged save is in the audit log, the row is the last one", async () => {
    await makeCoalition();
    const country = await makeCountry();
    const input = pledgeSchema.parse({
      countryCode: country.code,
      domain: "AIR",
      description: "Saved by everyone",
      status: "ANNOUNCED",
      disclosure: "OFFICIAL",
    });
    const created = await createPledge(
      editor,
      { ...input, published: true },
      justificationSchema.parse(await citation()),
    );
    if (!created.ok) throw new Error(created.message);
    const acks: { description: string; basedOn: number }[] = [];
    let stale = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const description = `Concurrent save ${i + 1}`;
        for (let attempt = 0; attempt < 60; attempt++) {
          const { version } = await db.pledge.findUniqueOrThrow({
            where: { id: created.id },
            select: { version: true },
          });
          const result = await updatePledge(
            editor,
            created.id,
            version,
            { ...input, description },
            justificationSchema.parse({ reason: `save ${i + 1}` }),
          );
          if (result.ok) return void acks.push({ description, basedOn: version });
          expect([409, 503]).toContain(result.status); // stale, or too busy to start: nothing saved, retry
          stale++;
        }
      }),
    );
    expect(acks).toHaveLength(20);
    expect(stale).toBeGreaterThan(0); // the saves did collide
    const logged = (
      await db.auditEntry.findMany({
        where: { entityType: "Pledge", entityId: created.id, action: "UPDATE" },
        select: { after: true },
      })
    ).map((e) => (e.after as { description: string }).description);
    expect(logged.sort()).toEqual(acks.map((a) => a.description).sort());
    const final = await db.pledge.findUniqueOrThrow({ where: { id: created.id } });
    const last = acks.reduce((a, b) => (b.basedOn > a.basedOn ? b : a));
    expect({ description: final.description, version: final.version }).toEqual({
      description: last.description,
      version: 1 + 20,
    });
  });
});
