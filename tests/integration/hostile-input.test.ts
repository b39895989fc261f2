/**
 * Hostile input never reaches a query it can break: NUL bytes and lone surrogates in
 * text, versions that are not versions, ids no row can have, prototype names as enum
 * values, unreadable addresses and oversized bodies. Each is refused with a message,
 * and nothing is written.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { removeCitationSchema } from "@/lib/citations/schema";
import { conditionSchema } from "@/lib/conditions/schema";
import { eventSchema } from "@/lib/events/schema";
import { figureSchema } from "@/lib/figures/schema";
import { parseVersion } from "@/lib/forms/form-data";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { getHistory } from "@/lib/changes/queries";
import {
  CONDITION_CATEGORIES,
  CONDITION_STATUSES,
  DISCLOSURES,
  DOMAINS,
  EVENT_KINDS,
  parseKey,
  PLEDGE_STATUSES,
  POSTURES,
} from "@/lib/labels";
import { setPosture } from "@/lib/postures/mutations";
import { postureSchema } from "@/lib/postures/schema";
import { loadExplorerParams } from "@/lib/pledges/explorer-params";
import { createPledge, deletePledge, publishPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema } from "@/lib/pledges/schema";
import { requirementSchema } from "@/lib/requirements/schema";
import { BODY_LIMIT_BYTES, guardRequest, malformedUrl } from "@/lib/security/request-guard";
import { revokeShare } from "@/lib/shares/mutations";
import { newShareSchema } from "@/lib/shares/schema";
import { sourceSchema } from "@/lib/sources/schema";
import { newUserSchema } from "@/lib/users/schema";
import nextConfig from "@/next.config";
import { citation, makeCoalition, makeCountry } from "../support/factory";
import { userWithRole } from "../support/users";

const editor = userWithRole("editor");
const reason = justificationSchema.parse({ reason: "hostile input test" });
const auditCount = () => db.auditEntry.count();

async function publishedPledge() {
  await makeCoalition();
  const country = await makeCountry();
  const input = pledgeSchema.parse({
    countryCode: country.code,
    domain: "AIR",
    description: "Air policing",
    status: "ANNOUNCED",
    disclosure: "OFFICIAL",
  });
  const created = await createPledge(
    editor,
    { ...input, published: true },
    justificationSchema.parse(await citation()),
  );
  if (!created.ok) throw new Error(created.message);
  return { id: created.id, input, country };
}

describe("prototype names as enum values", () => {
  it("are no key of any label table", () => {
    for (const table of [
      POSTURES,
      DOMAINS,
      PLEDGE_STATUSES,
      DISCLOSURES,
      CONDITION_CATEGORIES,
      CONDITION_STATUSES,
      EVENT_KINDS,
    ] as Record<string, unknown>[]) {
      for (const name of ["toString", "__proto__", "constructor", "hasOwnProperty", "valueOf"])
        expect(parseKey(table, name)).toBeNull();
    }
    expect(parseKey(EVENT_KINDS, "SUMMIT")).toBe("SUMMIT");
  });
});

describe("versions", () => {
  it("are whole numbers from 1 to 2147483647 written in digits", () => {
    for (const bad of [
      "2147483648",
      "-1",
      "0",
      "1.5",
      "1e3",
      "99999999999999999999",
      "",
      " ",
      "0x10",
      "NaN",
      "Infinity",
    ])
      expect(parseVersion(bad)).toBeNull();
    expect(parseVersion("7")).toBe(7);
    expect(parseVersion("2147483647")).toBe(2147483647);
  });

  it("out of range are refused with a 400 and write nothing", async () => {
    const { id, input } = await publishedPledge();
    const before = await auditCount();
    for (const version of [2147483648, -1, 0, 1.5, Number.MAX_SAFE_INTEGER]) {
      for (const save of [
        () => updatePledge(editor, id, version, { ...input, status: "WITHDRAWN" }, reason),
        () => publishPledge(editor, id, version, reason),
        () => deletePledge(editor, id, version, reason),
      ]) {
        const result = await save();
        expect(result).toMatchObject({ ok: false, status: 400 });
        if (!result.ok) expect(result.message).toMatch(/version/);
      }
    }
    expect(await auditCount()).toBe(before);
    expect((await db.pledge.findUniqueOrThrow({ where: { id } })).status).toBe("ANNOUNCED");
  });
});

describe("NUL bytes and lone surrogates", () => {
  const text = ["Air\0policing", "Air \uD800 policing", "Air \uDC00 policing"];

  it("are refused beside the field by every form's text fields", () => {
    const cases: [
      {
        safeParse: (v: unknown) => {
          success: boolean;
          error?: { issues: { path: PropertyKey[]; message: string }[] };
        };
      },
      Record<string, unknown>,
      string,
    ][] = [
      [
        pledgeSchema,
        { countryCode: "FR", domain: "AIR", status: "ANNOUNCED", disclosure: "OFFICIAL" },
        "description",
      ],
      [
        pledgeSchema,
        {
          countryCode: "FR",
          domain: "AIR",
          status: "ANNOUNCED",
          disclosure: "OFFICIAL",
          description: "Air policing",
        },
        "internalNote",
      ],
      [
        conditionSchema,
        {
          description: "A long description",
          category: "LEGAL",
          status: "MET",
          evidence: "Evidence here",
        },
        "name",
      ],
      [eventSchema, { kind: "SUMMIT", title: "A summit", summary: "It met." }, "location"],
      [figureSchema, { label: "Countries", value: "26" }, "unit"],
      [postureSchema, { posture: "COMMITTED", isMember: true }, "summary"],
      [requirementSchema, { domain: "AIR", description: "Air cover" }, "unit"],
      [sourceSchema, { title: "A source", text: "A long enough source text, really." }, "url"],
      [justificationSchema, {}, "reason"],
      [justificationSchema, { sourceId: "src-1" }, "quote"],
      [removeCitationSchema, { citationId: "c-1" }, "reason"],
      [newShareSchema, { expiresInDays: "", mode: "live" }, "label"],
      [
        newUserSchema,
        { email: "a@b.org", role: "editor", password: "long-enough-password" },
        "name",
      ],
    ];
    for (const [schema, base, field] of cases) {
      for (const bad of text) {
        const value = field === "url" ? `https://example.org/${bad}` : `${bad} and more words`;
        const result = schema.safeParse({ ...base, [field]: value });
        expect(result.success, `${field}: ${JSON.stringify(value)}`).toBe(false);
        expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toMatch(
          /NUL or broken/,
        );
      }
    }
  });

  it("in ids never reach a query: unknown, nothing written", async () => {
    const { id, input, country } = await publishedPledge();
    const before = await auditCount();
    expect(await updatePledge(editor, `${id}\0`, 1, input, reason)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await deletePledge(editor, "\0", 1, reason)).toMatchObject({ ok: false, status: 404 });
    const posture = postureSchema.parse({
      posture: "COMMITTED",
      isMember: true,
      summary: "Ready to deploy.",
    });
    expect(await setPosture(editor, `${country.code}\0`, null, posture, reason)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await revokeShare(editor, "\0")).toMatchObject({ ok: false, status: 404 });
    expect(await getHistory("Pledge", "\0", "public")).toBeNull();
    expect(await getHistory("Pledge", "p-\uD800", "internal")).toBeNull();
    expect(await auditCount()).toBe(before);
  });

  it("in the explorer's search words are ignored, like any value it cannot read", () => {
    expect(loadExplorerParams({ q: "\0" }).q).toBeNull();
    expect(loadExplorerParams({ q: "air\0" }).q).toBeNull();
    expect(loadExplorerParams({ q: "air" }).q).toBe("air");
  });
});

describe("addresses and bodies the proxy refuses", () => {
  const request = (url: string, init: RequestInit & { duplex?: "half" } = {}) =>
    new Request(`http://app.test${url}`, init);

  it("names invalid UTF-8 and NUL in paths and query strings", async () => {
    for (const url of [
      "/countries/%C0%AF",
      "/history/Pledge/%FF",
      "/api/v1/pledges/%FF",
      "/pledges?q=%FF",
      "/events?kind=%E0%A4",
    ]) {
      expect(malformedUrl(`http://app.test${url}`), url).toMatch(/not valid UTF-8/);
    }
    for (const url of ["/history/Pledge/%00", "/pledges?q=%00", "/pledges?q=a%00b"])
      expect(malformedUrl(`http://app.test${url}`), url).toMatch(/NUL/);
    for (const url of [
      "/countries/FR",
      "/pledges?q=caf%C3%A9+cr%C3%A8me&domain=AIR,MARITIME",
      "/history/Pledge/p-1",
      "/?a=%2500",
    ]) {
      expect(malformedUrl(`http://app.test${url}`), url).toBeNull();
    }
    const api = await guardRequest(request("/api/v1/countries/%C0%AF"));
    expect(api?.status).toBe(400);
    expect(await api?.json()).toMatchObject({
      error: { status: 400, message: expect.stringContaining("not valid UTF-8") },
    });
    const page = await guardRequest(request("/countries/%C0%AF"));
    expect(page?.status).toBe(400);
    expect(await page?.text()).toContain("%C0%AF");
  });

  it("answers 413 for a body over the limit, declared or chunked, and lets smaller ones through", async () => {
    const big = "x".repeat(BODY_LIMIT_BYTES + 1);
    const declared = await guardRequest(
      request("/edit/sources/new", {
        method: "POST",
        headers: { "content-length": String(big.length) },
        body: big,
      }),
    );
    expect(declared?.status).toBe(413);
    expect(await declared?.text()).toMatch(/at most 1 MB/);
    const chunks = (n: number) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < n; i++) c.enqueue(new Uint8Array(64 * 1024));
          c.close();
        },
      });
    expect(
      (
        await guardRequest(
          request("/api/v1/pledges", { method: "POST", body: chunks(17), duplex: "half" }),
        )
      )?.status,
    ).toBe(413);
    expect(
      await guardRequest(
        request("/api/v1/pledges", { method: "POST", body: chunks(16), duplex: "half" }),
      ),
    ).toBeNull();
    expect(
      await guardRequest(
        request("/edit/sources/new", {
          method: "POST",
          headers: { "content-length": "1000" },
          body: "x".repeat(1000),
        }),
      ),
    ).toBeNull();
  });

  it("uses the limit Next gives server actions", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe("1mb");
    expect(BODY_LIMIT_BYTES).toBe(1024 * 1024);
  });
});
