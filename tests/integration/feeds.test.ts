import { beforeAll, describe, expect, it, vi } from "vitest";
import * as allFeed from "@/app/feeds/changes.atom/route";
import * as conditionFeed from "@/app/feeds/conditions/[file]/route";
import * as countryFeed from "@/app/feeds/countries/[file]/route";
import { db } from "@/lib/db";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { createPledge, deletePledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema, type PledgeInput } from "@/lib/pledges/schema";
import { makeCoalition, makeCondition, makeCountry, makeSource } from "../support/factory";
import { userWithRole } from "../support/users";

vi.stubEnv("GUARANTOR_URL", "https://guarantor.test");

const editor = userWithRole("editor");
const why = (reason: string) => justificationSchema.parse({ reason });
let here: string, there: string, slug: string, sourceId: string;
let cites: ReturnType<typeof justificationSchema.parse>;
const ids: Record<string, string> = {};

async function make(key: string, input: PledgeInput, published = true) {
  const made = await createPledge(editor, { ...input, published }, cites);
  if (!made.ok) throw new Error(made.message);
  ids[key] = made.id;
}

beforeAll(async () => {
  await makeCoalition();
  here = (await makeCountry({ name: "Feedland" })).code;
  there = (await makeCountry({ name: "Otherland" })).code;
  slug = (await makeCondition({ status: "NOT_MET" })).slug;
  const source = await makeSource("Feedland will send 40 engineers & a field hospital.");
  sourceId = source.id;
  cites = justificationSchema.parse({ sourceId, quote: "40 engineers" });
  const base = pledgeSchema.parse({
    countryCode: here,
    domain: "ENGINEERING",
    description: "Engineers R&D <fast>",
    status: "CONDITIONAL",
    disclosure: "OFFICIAL",
    conditionSlugs: [slug],
  });
  await make("here", base);
  await make("there", {
    ...base,
    countryCode: there,
    description: "Otherland engineers",
    conditionSlugs: [],
  });
  await make("draft", { ...base, description: "Secret draft engineers" }, false);
  await make("gone", { ...base, description: "Engineers reported twice" });
  const version = async (id: string) =>
    (await db.pledge.findUniqueOrThrow({ where: { id } })).version;
  const changed = await updatePledge(
    editor,
    ids.draft!,
    await version(ids.draft!),
    { ...base, description: "Secret draft, edited" },
    why("draft edit"),
  );
  const confirmed = await updatePledge(
    editor,
    ids.here!,
    await version(ids.here!),
    { ...base, status: "CONFIRMED" },
    why("Confirmed by the ministry"),
  );
  const deleted = await deletePledge(
    editor,
    ids.gone!,
    await version(ids.gone!),
    why("Duplicate entry"),
  );
  if (!changed.ok || !confirmed.ok || !deleted.ok) throw new Error("edits failed");
});

const get = async (
  handler: (r: Request, c: { params: Promise<{ file: string }> }) => Promise<Response>,
  file?: string,
) => {
  const res = await handler(new Request("https://guarantor.test/feeds"), {
    params: Promise.resolve({ file: file ?? "" }),
  });
  return { res, text: await res.text() };
};

const entries = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
const field = (entry: string, tag: string) =>
  new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(entry)?.[1];

describe("change feeds", () => {
  it("are valid Atom: feed id, title, updated, self link; every entry has an id, title, updated and a link", async () => {
    const { res, text } = await get(allFeed.GET as never);
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(field(text, "id")).toBe("urn:guarantor:feed:changes");
    expect(text).toContain(
      '<link rel="self" type="application/atom+xml" href="https://guarantor.test/feeds/changes.atom"/>',
    );
    const list = entries(text);
    expect(list.length).toBeGreaterThan(0);
    for (const e of list) {
      expect(field(e, "id")).toMatch(/^urn:guarantor:change:\d+$/);
      expect(field(e, "title")).toBeTruthy();
      expect(field(e, "updated")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(e).toMatch(
        /<link rel="alternate" type="text\/html" href="https:\/\/guarantor\.test\//,
      );
    }
    // The feed's updated is its newest entry's; ids are the same on every fetch.
    expect(field(text, "updated")).toBe(field(list[0]!, "updated"));
    const again = entries((await get(allFeed.GET as never)).text).map((e) => field(e, "id"));
    expect(again).toEqual(list.map((e) => field(e, "id")));
    // Markup in the data is escaped, never raw.
    expect(text).toContain("Engineers R&amp;D &lt;fast&gt;");
    expect(text).not.toContain("<fast>");
  });

  it("never show a draft, and show a retraction with its reason", async () => {
    const { text } = await get(allFeed.GET as never);
    expect(text).not.toContain("Secret draft");
    expect(text).not.toContain("draft edit");
    const retraction = entries(text).find(
      (e) => field(e, "title") === "Pledge retracted: Engineers reported twice",
    );
    expect(retraction).toBeDefined();
    expect(field(retraction!, "summary")).toContain("Retracted: Duplicate entry");
    expect(retraction).toContain(`href="https://guarantor.test/history/Pledge/${ids.gone}"`);
  });

  it("per country: the country's changes only, each linking to the fact and its new citation", async () => {
    const { res, text } = await get(countryFeed.GET as never, `${here.toLowerCase()}.atom`);
    expect(res.status).toBe(200);
    expect(field(text, "title")).toBe("Guarantor — changes for Feedland");
    const titles = entries(text).map((e) => field(e, "title"));
    expect(titles).toEqual([
      "Pledge retracted: Engineers reported twice",
      "Pledge changed: Engineers R&amp;D &lt;fast&gt;",
      "Pledge added: Engineers reported twice",
      "Pledge added: Engineers R&amp;D &lt;fast&gt;",
    ]);
    expect(text).not.toContain("Otherland engineers");
    const changed = entries(text)[1]!;
    expect(field(changed, "summary")).toContain("Status: Conditional → Confirmed");
    expect(changed).toContain(
      `<link rel="alternate" type="text/html" href="https://guarantor.test/pledges/${ids.here}"/>`,
    );
    const added = entries(text)[3]!;
    const citation = await db.citation.findFirstOrThrow({
      where: { pledgeId: ids.here, sourceId },
    });
    expect(added).toContain(
      `rel="related" type="text/html" title="Source: ${(await db.source.findUniqueOrThrow({ where: { id: sourceId } })).title}" href="https://guarantor.test/sources/${sourceId}#citation-${citation.id}"`,
    );
    expect((await get(countryFeed.GET as never, "zz.atom")).res.status).toBe(404);
    expect((await get(countryFeed.GET as never, `${here}.rss`)).res.status).toBe(404);
  });

  it("per condition: changes to pledges that wait on it", async () => {
    const { res, text } = await get(conditionFeed.GET as never, `${slug}.atom`);
    expect(res.status).toBe(200);
    const titles = entries(text).map((e) => field(e, "title"));
    expect(titles).toContain("Pledge changed: Engineers R&amp;D &lt;fast&gt;");
    expect(titles).not.toContain("Pledge added: Otherland engineers");
    expect(text).not.toContain("Secret draft");
    expect((await get(conditionFeed.GET as never, "no-such-condition.atom")).res.status).toBe(404);
  });
});
