import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import * as exporter from "@/app/api/v1/pledges/export/route";
import * as pledges from "@/app/api/v1/pledges/route";
import { exportPledges } from "@/lib/exports/pledges";
import { exportHref, loadExplorerParams, toPledgeFilter } from "@/lib/pledges/explorer-params";
import { listPledges } from "@/lib/pledges/queries";
import { makeCoalition, makeCondition, makeCountry, makeSource } from "../support/factory";
import { call, makeApiPledge, makeDraftSource } from "../support/factory-api";

let country: string, countryName: string, unmet: string;
const p: Record<string, string> = {};
let sourceA: { id: string; title: string }, sourceB: { id: string; title: string };

beforeAll(async () => {
  const coalition = await makeCoalition();
  const made = await makeCountry();
  country = made.code;
  countryName = made.name;
  sourceA = await makeSource("Testland will send 40 engineers. It will also fly patrols.");
  sourceB = await makeSource("Officials confirmed the engineers.");
  const draftSource = await makeDraftSource();
  unmet = (await makeCondition({ status: "NOT_MET" })).slug;
  p.engineers = (
    await makeApiPledge({
      coalitionSlug: coalition,
      countryCode: country,
      domain: "ENGINEERING",
      status: "CONDITIONAL",
      quantity: 40,
      unit: "engineers",
      announcedOn: "2026-01-06",
      description: 'Engineers, "with quotes", commas\nand a new line',
      conditions: [unmet],
      citations: [
        { sourceId: sourceA.id, quote: "40 engineers" },
        { sourceId: sourceB.id, quote: "confirmed the engineers" },
        { sourceId: draftSource.id, quote: "not for the public" },
      ],
    })
  ).id;
  const make = async (
    key: string,
    opts: Omit<Parameters<typeof makeApiPledge>[0], "coalitionSlug">,
  ) => (p[key] = (await makeApiPledge({ coalitionSlug: coalition, ...opts })).id);
  await make("formula", {
    countryCode: null,
    domain: "AIR",
    description: '=HYPERLINK("http://evil")',
  });
  await make("other", { countryCode: country, domain: "MARITIME", description: "@SUM(1)" });
  await make("draft", { countryCode: country, domain: "ENGINEERING", published: false });
});

const exportOf = (query: string) => call(exporter.GET, `/api/v1/pledges/export?${query}`);

async function parseCsv(res: Response) {
  const parsed = Papa.parse<Record<string, string>>(await res.text(), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function csvRows(query: string) {
  const res = await exportOf(query);
  expect(res.status, await res.clone().text()).toBe(200);
  const bytes = new Uint8Array(await res.clone().arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
  return { res, rows: await parseCsv(res) };
}

describe("CSV export", () => {
  it("holds exactly the filtered published pledges, one row each, with sources and quotes", async () => {
    const { res, rows } = await csvRows(`country=${country}&domain=ENGINEERING`);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="guarantor-pledges-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: p.engineers,
      publication: "Published",
      country_code: country,
      domain: "Engineering",
      domain_code: "ENGINEERING",
      status: "Conditional",
      status_code: "CONDITIONAL",
      disclosure: "Official",
      disclosure_code: "OFFICIAL",
      description: 'Engineers, "with quotes", commas\nand a new line',
      quantity: "40",
      unit: "engineers",
      announced_on: "2026-01-06",
      effective_on: "",
      conditions: `Condition ${unmet}`,
      condition_codes: unmet,
      blocked_by: `Condition ${unmet}`,
      blocked_by_codes: unmet,
      source_ids: `${sourceA.id} | ${sourceB.id}`,
      source_titles: `${sourceA.title} | ${sourceB.title}`,
      quotes: "40 engineers | confirmed the engineers",
    });
  });

  it("has the same rows as the JSON API for the same filters", async () => {
    for (const query of [
      "",
      "domain=AIR,MARITIME",
      "country=undisclosed",
      "blocked=true",
      "q=engineers",
    ]) {
      const api = (await (
        await call(pledges.GET, `/api/v1/pledges?limit=500&${query}`)
      ).json()) as { data: { id: string }[] };
      const { rows } = await csvRows(query);
      expect(rows.map((r) => r.id)).toEqual(api.data.map((d) => d.id));
    }
    const { rows } = await csvRows("");
    expect(rows.map((r) => r.id)).not.toContain(p.draft);
  });

  it("holds every pledge of the explorer view its Download link was made from", async () => {
    for (const url of [
      `/pledges?country=${country}&condition=${unmet}&blocked=1&sort=status&page=1`,
      `/pledges?domain=AIR,MARITIME&size=25&cols=country,domain`,
      `/pledges?q=engineers&from=2026-01-01`,
    ]) {
      const state = loadExplorerParams(new URL(url, "http://x").searchParams);
      const href = exportHref(state, "csv");
      expect(href).not.toMatch(/sort=|page=|size=|cols=/);
      const { rows } = await csvRows(href.split("?")[1]!);
      const view = await listPledges(toPledgeFilter(state));
      expect(rows.map((r) => r.id).sort(), url).toEqual(view.map((v) => v.id).sort());
      expect(rows.length, url).toBeGreaterThan(0);
    }
  });

  it("gives a signed-in viewer the view's drafts, marked Draft, and the public none", async () => {
    const filter = toPledgeFilter(loadExplorerParams(new URLSearchParams(`country=${country}`)));
    const url = new URL(`http://x/api/v1/pledges/export?country=${country}`);
    const analyst = exportPledges(filter, "csv", url, new Date(), "internal");
    expect(analyst.headers.get("cache-control")).toBe("private, no-store");
    const rows = await parseCsv(analyst);
    expect(rows.find((r) => r.id === p.draft)).toMatchObject({
      publication: "Draft",
      domain: "Engineering",
    });
    expect(rows.filter((r) => r.id !== p.draft).every((r) => r.publication === "Published")).toBe(
      true,
    );
    // Exactly what the analyst's explorer lists for the same URL.
    const view = await listPledges(filter, { viewer: "internal" });
    expect(rows.map((r) => r.id).sort()).toEqual(view.map((v) => v.id).sort());

    const pub = await parseCsv(exportPledges(filter, "csv", url, new Date(), "public"));
    expect(pub.map((r) => r.id)).not.toContain(p.draft);
    expect(pub.length).toBe(rows.length - 1);
    // Over HTTP, no session means the public's file.
    const { rows: viaRoute } = await csvRows(`country=${country}`);
    expect(viaRoute.map((r) => r.id)).not.toContain(p.draft);
  });

  it("defuses cells a spreadsheet would run as formulas", async () => {
    const { rows } = await csvRows("");
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[p.formula!]?.description).toBe('\'=HYPERLINK("http://evil")');
    expect(byId[p.other!]?.description).toBe("'@SUM(1)");
    expect(byId[p.engineers!]?.quantity).toBe("40");
  });

  it("rejects bad filters and formats with a JSON 400", async () => {
    for (const [query, parameter] of [
      ["format=pdf", "format"],
      ["domain=NAVY", "domain"],
      ["limit=10", "limit"],
    ]) {
      const res = await exportOf(query!);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
        `"${parameter}"`,
      );
    }
  });
});

describe("XLSX export", () => {
  it("is a workbook of the filtered pledges with date cells, plain-text formulas and an About sheet", async () => {
    const res = await exportOf(`format=xlsx&country=${country}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(res.headers.get("content-disposition")).toMatch(
      /filename="guarantor-pledges-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet("Pledges")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.actualRowCount).toBe(3);
    const ids = [2, 3].map((r) => sheet.getRow(r).getCell(col("id")).value);
    expect(ids).toEqual([p.engineers, p.other].sort());
    const row = sheet.getRow(ids.indexOf(p.engineers) + 2);
    const announced = row.getCell(col("announced_on"));
    expect(announced.value).toEqual(new Date("2026-01-06T00:00:00Z"));
    expect(announced.numFmt).toBe("yyyy-mm-dd");
    expect(row.getCell(col("quantity")).value).toBe(40);
    expect(row.getCell(col("quotes")).value).toBe("40 engineers | confirmed the engineers");
    const other = sheet.getRow(ids.indexOf(p.other) + 2).getCell(col("description"));
    expect(other.type).toBe(ExcelJS.ValueType.String);
    expect(other.value).toBe("@SUM(1)");
    const about = workbook.getWorksheet("About")!;
    const facts = Object.fromEntries(
      about
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1, 3)),
    );
    expect(facts.Pledges).toBe("2");
    expect(facts.Filters).toBe(`Country: ${countryName}`);
    expect(facts["Same data as JSON"]).toBe(`http://x/api/v1/pledges?country=${country}`);
  });
});
