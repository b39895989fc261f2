import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import * as dumpRoute from "@/app/api/v1/dump.json/route";
import * as exporter from "@/app/api/v1/pledges/export/route";
import * as pledgeItem from "@/app/api/v1/pledges/[id]/route";
import * as pledgeList from "@/app/api/v1/pledges/route";
import * as fileRoute from "@/app/(public)/releases/[version]/files/[name]/route";
import { db } from "@/lib/db";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { createPledge, deletePledge, publishPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema, type PledgeInput } from "@/lib/pledges/schema";
import { publishRelease } from "@/lib/releases/mutations";
import { getPendingRelease, getRelease } from "@/lib/releases/queries";
import { createShare } from "@/lib/shares/mutations";
import { openShare } from "@/lib/shares/queries";
import { loadSharedView } from "@/lib/shares/view";
import { makeCoalition, makeCountry, makeSource, recordHistory } from "../support/factory";
import { call } from "../support/factory-api";
import { userWithRole } from "../support/users";

const editor = userWithRole("editor");
const ORIGIN = "https://guarantor.test";
const why = (reason: string) => justificationSchema.parse({ reason });
let country: string;
let cites: ReturnType<typeof justificationSchema.parse>;
let base: PledgeInput;
const ids: Record<string, string> = {};

async function make(key: string, description: string, published = true) {
  const made = await createPledge(editor, { ...base, description, published }, cites);
  if (!made.ok) throw new Error(made.message);
  ids[key] = made.id;
}
const versionOf = async (id: string) =>
  (await db.pledge.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function release(version: string, note = "Test release") {
  const result = await publishRelease(editor, { version, note }, ORIGIN);
  if (!result.ok) throw new Error(result.message);
}

async function filesOf(version: string) {
  const rows = await db.releaseFile.findMany({
    where: { release: { version } },
    select: { name: true, content: true, sha256: true },
    orderBy: { name: "asc" },
  });
  return Object.fromEntries(rows.map((r) => [r.name, Buffer.from(r.content)]));
}

const csvRows = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

beforeAll(async () => {
  await makeCoalition();
  country = (await makeCountry()).code;
  await recordHistory("Country", country); // as the seed does: past views rebuild countries from the history
  const source = await makeSource("Testland will send 40 engineers and a field hospital.");
  cites = justificationSchema.parse({ sourceId: source.id, quote: "40 engineers" });
  base = pledgeSchema.parse({
    countryCode: country,
    domain: "ENGINEERING",
    description: "placeholder",
    status: "CONDITIONAL",
    disclosure: "OFFICIAL",
  });
  await make("kept", "Engineers R&D <fast>");
  await make("corrected", "Engineers to be corrected");
  await make("retracted", "Engineers reported twice");
  await make("draft", "Secret draft engineers", false);
  await release("1.0.0", "First release");
  // After 1.0.0: a correction, a retraction, an addition, a draft published, a draft kept.
  const corrected = await updatePledge(
    editor,
    ids.corrected!,
    await versionOf(ids.corrected!),
    { ...base, description: "Engineers to be corrected", status: "CONFIRMED" },
    why("The source says confirmed"),
  );
  const retracted = await deletePledge(
    editor,
    ids.retracted!,
    await versionOf(ids.retracted!),
    why("Duplicate of the kept pledge"),
  );
  const published = await publishPledge(
    editor,
    ids.draft!,
    await versionOf(ids.draft!),
    why("Checked"),
  );
  if (!corrected.ok || !retracted.ok || !published.ok) throw new Error("edits failed");
  await make("added", "Field hospital added later");
  await make("draft2", "Another secret draft", false);
});

describe("releases", () => {
  it("suggest the next number from the changes and refuse one that is too small, lower or taken", async () => {
    const pending = await getPendingRelease();
    expect(pending).toMatchObject({
      latest: { version: "1.0.0" },
      needed: "minor",
      suggested: "1.1.0",
    });
    expect(await publishRelease(editor, { version: "1.0.1", note: "patch" }, ORIGIN)).toMatchObject(
      {
        ok: false,
        field: "version",
        message: expect.stringContaining("minor release, 1.1.0 or higher"),
      },
    );
    expect(await publishRelease(editor, { version: "1.0.0", note: "again" }, ORIGIN)).toMatchObject(
      { ok: false, message: "Release 1.0.0 already exists: choose a higher number." },
    );
    expect(await publishRelease(editor, { version: "0.9.0", note: "lower" }, ORIGIN)).toMatchObject(
      {
        ok: false,
        field: "version",
        message: "0.9.0 does not follow the latest release, 1.0.0: choose a higher number.",
      },
    );
    expect(
      await publishRelease(userWithRole("analyst"), { version: "1.1.0", note: "no" }, ORIGIN),
    ).toMatchObject({ ok: false, status: 403 });
    // Publishing moves the data version, so every cached view of /releases shows it at once.
    const before = await db.dataVersion.findUniqueOrThrow({ where: { id: 1 } });
    await release("1.1.0", "Corrections and one new pledge");
    const after = await db.dataVersion.findUniqueOrThrow({ where: { id: 1 } });
    expect(after.value).toBeGreaterThan(before.value);
    expect(
      await publishRelease(editor, { version: "1.1.1", note: "nothing" }, ORIGIN),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing published has changed since 1.1.0"),
    });
  });

  it("keep their files byte for byte after later edits, and the database refuses to change them", async () => {
    const before = await filesOf("1.0.0");
    expect(Object.keys(before).sort()).toEqual([
      "conditions.csv",
      "countries.csv",
      "datapackage.json",
      "dataset.json",
      "events.csv",
      "figures.csv",
      "pledges.csv",
      "requirements.csv",
      "sources.csv",
      "workbook.xlsx",
    ]);
    const edit = await updatePledge(
      editor,
      ids.kept!,
      await versionOf(ids.kept!),
      { ...base, description: "Engineers R&D <fast>", status: "DEPLOYED" },
      why("Deployed"),
    );
    expect(edit.ok).toBe(true);
    const after = await filesOf("1.0.0");
    for (const name of Object.keys(before))
      expect(after[name]!.equals(before[name]!), name).toBe(true);
    const served = await call(fileRoute.GET as never, "/releases/1.0.0/files/pledges.csv", {
      params: { version: "1.0.0", name: "pledges.csv" },
    });
    expect(Buffer.from(await served.arrayBuffer()).equals(before["pledges.csv"]!)).toBe(true);
    expect(served.headers.get("content-disposition")).toBe(
      'attachment; filename="guarantor-1.0.0-pledges.csv"',
    );
    await expect(
      db.$executeRawUnsafe(`UPDATE "ReleaseFile" SET "content" = 'x'::bytea`),
    ).rejects.toThrow(/immutable/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "Release"`)).rejects.toThrow(/immutable/);
    // The files describe themselves: datapackage.json lists every file with its hash and fields.
    const pkg = JSON.parse(before["datapackage.json"]!.toString("utf8"));
    expect(pkg).toMatchObject({
      name: "guarantor",
      version: "1.0.0",
      licenses: [expect.objectContaining({ title: expect.any(String) })],
      sources: expect.arrayContaining([expect.objectContaining({ title: expect.any(String) })]),
    });
    const pledges = pkg.resources.find((r: { name: string }) => r.name === "pledges");
    expect(pledges.hash).toBe(
      `sha256:${(await db.releaseFile.findFirstOrThrow({ where: { name: "pledges.csv", release: { version: "1.0.0" } } })).sha256}`,
    );
    expect(pledges.schema.fields).toEqual(
      expect.arrayContaining([
        { name: "status_code", type: "string" },
        { name: "announced_on", type: "date", format: "%Y-%m-%d" },
      ]),
    );
    expect(pkg.citation).toMatch(
      /^Guarantor dataset v1\.0\.0, \d{4}-\d{2}-\d{2}, https:\/\/guarantor\.test\/releases\/1\.0\.0$/,
    );
  });

  it("hold published facts only: no draft enters a release", async () => {
    const files = await filesOf("1.0.0");
    const rows = csvRows(files["pledges.csv"]!.toString("utf8"));
    expect(rows.map((r) => r.description).sort()).toEqual([
      "Engineers R&D <fast>",
      "Engineers reported twice",
      "Engineers to be corrected",
    ]);
    expect(files["dataset.json"]!.toString("utf8")).not.toContain("Secret draft");
    expect(files["workbook.xlsx"]!.length).toBeGreaterThan(1000);
    const v11 = csvRows((await filesOf("1.1.0"))["pledges.csv"]!.toString("utf8"))
      .map((r) => r.description)
      .sort();
    expect(v11).toEqual([
      "Engineers R&D <fast>",
      "Engineers to be corrected",
      "Field hospital added later",
      "Secret draft engineers",
    ]);
  });

  it("answer ?release= on the API and the exports with exactly that release's data", async () => {
    const json = async (path: string, params?: Record<string, string>) => {
      const res = await call((params ? pledgeItem.GET : pledgeList.GET) as never, path, { params });
      return { status: res.status, body: await res.json() };
    };
    const statuses = (page: { data: { id: string; status: string }[] }) =>
      Object.fromEntries(page.data.map((p) => [p.id, p.status]));
    const live = await json(`/api/v1/pledges?country=${country}`);
    const v1 = await json(`/api/v1/pledges?country=${country}&release=1.0.0`);
    expect(statuses(live.body)).toEqual({
      [ids.kept!]: "DEPLOYED",
      [ids.corrected!]: "CONFIRMED",
      [ids.draft!]: "CONDITIONAL",
      [ids.added!]: "CONDITIONAL",
    });
    expect(statuses(v1.body)).toEqual({
      [ids.kept!]: "CONDITIONAL",
      [ids.corrected!]: "CONDITIONAL",
      [ids.retracted!]: "CONDITIONAL",
    });
    // Filters and pages work on the release as on the live data.
    const page1 = await json(`/api/v1/pledges?country=${country}&release=1.0.0&limit=2`);
    expect(page1.body.data).toHaveLength(2);
    const page2 = await json(
      `/api/v1/pledges?country=${country}&release=1.0.0&limit=2&cursor=${page1.body.nextCursor}`,
    );
    expect(page2.body).toMatchObject({ nextCursor: null, data: [expect.anything()] });
    expect((await json(`/api/v1/pledges?release=1.0.0&q=hospital`)).body.data).toEqual([]);
    // One item: as it stood in the release; a retracted pledge is still in the release that held it.
    expect(
      (await json(`/api/v1/pledges/${ids.kept}?release=1.0.0`, { id: ids.kept! })).body.status,
    ).toBe("CONDITIONAL");
    expect(
      (await json(`/api/v1/pledges/${ids.retracted}?release=1.0.0`, { id: ids.retracted! })).status,
    ).toBe(200);
    expect((await json(`/api/v1/pledges/${ids.retracted}`, { id: ids.retracted! })).status).toBe(
      404,
    );
    expect(
      (await json(`/api/v1/pledges/${ids.added}?release=1.0.0`, { id: ids.added! })).body.error
        .message,
    ).toBe(`Pledge "${ids.added}" in release 1.0.0 not found`);
    // Unknown and malformed releases.
    const unknown = await json(`/api/v1/pledges?release=9.9.9`);
    expect(unknown).toMatchObject({
      status: 404,
      body: {
        error: { message: 'Release "9.9.9" not found: published releases are 1.1.0, 1.0.0.' },
      },
    });
    expect((await json(`/api/v1/pledges?release=latest`)).status).toBe(400);
    // The export and the dump.
    const csv = await call(
      exporter.GET as never,
      `/api/v1/pledges/export?country=${country}&release=1.0.0`,
    );
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="guarantor-pledges-1.0.0.csv"',
    );
    const exported = csvRows(await csv.text());
    expect(Object.fromEntries(exported.map((r) => [r.id, r.status_code]))).toEqual(
      statuses(v1.body),
    );
    const dump = await call(dumpRoute.GET as never, "/api/v1/dump.json?release=1.0.0");
    expect(
      Buffer.from(await dump.arrayBuffer()).equals((await filesOf("1.0.0"))["dataset.json"]!),
    ).toBe(true);
    expect((await call(dumpRoute.GET as never, "/api/v1/dump.json?release=2.0.0")).status).toBe(
      404,
    );
  });

  it("have a changelog from the audit log: added, changed, and retracted with a tombstone", async () => {
    const first = (await getRelease("1.0.0"))!;
    expect(
      first.changelog
        .filter((i) => i.type === "Pledge")
        .map((i) => [i.kind, i.label])
        .sort(),
    ).toEqual([
      ["added", "Engineers R&D <fast>"],
      ["added", "Engineers reported twice"],
      ["added", "Engineers to be corrected"],
    ]);
    const second = (await getRelease("1.1.0"))!;
    expect(second.previous).toBe("1.0.0");
    const pledges = second.changelog.filter((i) => i.type === "Pledge");
    expect(pledges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "added",
          id: ids.added,
          label: "Field hospital added later",
        }),
        expect.objectContaining({
          kind: "added",
          id: ids.draft,
          label: "Secret draft engineers",
          reason: "Checked",
        }),
        expect.objectContaining({
          kind: "changed",
          id: ids.corrected,
          fields: ["status"],
          reason: "The source says confirmed",
        }),
        expect.objectContaining({
          kind: "retracted",
          id: ids.retracted,
          label: "Engineers reported twice",
          reason: "Duplicate of the kept pledge",
        }),
      ]),
    );
    expect(pledges).toHaveLength(4); // the unpublished draft is not there
    expect(JSON.stringify(second.changelog)).not.toContain("Another secret draft");
  });

  it("can be pinned by a share link, which then shows that release's data", async () => {
    const made = await createShare(
      editor,
      { scope: "PLEDGES", filters: { country } },
      { label: "Pinned", expiresInDays: "", mode: "release", release: "1.0.0" },
    );
    if (!made.ok) throw new Error(made.message);
    const share = (await openShare(made.token))!;
    expect(share.releaseVersion).toBe("1.0.0");
    const view = await loadSharedView(share);
    if (view.scope !== "PLEDGES") throw new Error("wrong scope");
    expect(Object.fromEntries(view.pledges.map((p) => [p.id, p.status]))).toEqual({
      [ids.kept!]: "CONDITIONAL",
      [ids.corrected!]: "CONDITIONAL",
      [ids.retracted!]: "CONDITIONAL",
    });
    expect(
      await createShare(
        editor,
        { scope: "DASHBOARD" },
        { label: "Pinned", expiresInDays: "", mode: "release", release: "7.0.0" },
      ),
    ).toMatchObject({ ok: false, status: 404 });
  });
});
