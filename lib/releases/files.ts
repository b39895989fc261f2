/**
 * A release's files, made once from the dump when it is published: the JSON, one CSV
 * per table, a workbook with every table, and datapackage.json (Frictionless Data
 * Package) describing them with their hashes and field schemas.
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { toCsv } from "@/lib/exports/csv";
import { DATASET_LICENCE, DATASET_PROVENANCE } from "@/lib/exports/notice";
import { cellsOf, RELEASE_TABLES, type Dump } from "./columns";

export type ReleaseFileData = { name: string; mediaType: string; content: Buffer; sha256: string };

export const CSV_MEDIA = "text/csv; charset=utf-8";
export const XLSX_MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const JSON_MEDIA = "application/json; charset=utf-8";

export const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const file = (name: string, mediaType: string, content: Buffer): ReleaseFileData => ({
  name,
  mediaType,
  content,
  sha256: sha256(content),
});
const csvCell = (v: string | number | boolean | null) => (typeof v === "boolean" ? String(v) : v);

/** The field schemas of every table: a change to them is a schema change (a major release). */
export function fieldSchemas() {
  return RELEASE_TABLES.map((t) => ({
    name: t.name,
    fields: t.columns.map((c) => ({
      name: c.header,
      type: c.type,
      ...(c.type === "date" ? { format: "%Y-%m-%d" } : {}),
    })),
  }));
}

export const schemaHash = () => sha256(JSON.stringify(fieldSchemas()));

function csvFile(name: string, header: string[], rows: (string | number | boolean | null)[][]) {
  return file(
    `${name}.csv`,
    CSV_MEDIA,
    Buffer.from(
      "\uFEFF" + toCsv([header]) + (rows.length ? toCsv(rows.map((r) => r.map(csvCell))) : ""),
      "utf8",
    ),
  );
}

async function workbook(dump: Dump, about: [string, string][]) {
  const book = new ExcelJS.Workbook();
  book.creator = "Guarantor";
  book.created = new Date(dump.generatedAt);
  book.modified = book.created;
  for (const t of RELEASE_TABLES) {
    const sheet = book.addWorksheet(t.title.slice(0, 31), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = t.columns.map((c) => ({
      header: c.header,
      key: c.header,
      width: c.width,
      ...(c.type === "date" ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of t.rows(dump)) {
      sheet.addRow(
        cellsOf(t, row).map((v, i) =>
          t.columns[i]!.type === "date" && typeof v === "string" ? new Date(`${v}T00:00:00Z`) : v,
        ),
      );
    }
  }
  const sheet = book.addWorksheet("About");
  sheet.columns = [{ width: 18 }, { width: 120 }];
  for (const row of about) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export type ReleaseMeta = {
  version: string;
  note: string;
  createdAt: Date;
  url: string;
  citation: string;
};

/** Every file of a release, datapackage.json last (it lists the others' hashes). */
export async function buildReleaseFiles(
  dumpText: string,
  meta: ReleaseMeta,
): Promise<ReleaseFileData[]> {
  const dump = JSON.parse(dumpText) as Dump;
  const files: ReleaseFileData[] = [
    file("dataset.json", JSON_MEDIA, Buffer.from(dumpText, "utf8")),
  ];
  for (const t of RELEASE_TABLES) {
    files.push(
      csvFile(
        t.name,
        t.columns.map((c) => c.header),
        t.rows(dump).map((row) => cellsOf(t, row)),
      ),
    );
  }
  const about: [string, string][] = [
    ["Release", meta.version],
    ["Published", meta.createdAt.toISOString()],
    ["Note", meta.note],
    ["Cite as", meta.citation],
    ["Licence", DATASET_LICENCE],
    ["Provenance", DATASET_PROVENANCE],
  ];
  files.push(file("workbook.xlsx", XLSX_MEDIA, await workbook(dump, about)));
  files.push(
    file(
      "datapackage.json",
      JSON_MEDIA,
      Buffer.from(JSON.stringify(dataPackage(dump, meta, files), null, 2) + "\n", "utf8"),
    ),
  );
  return files;
}

function dataPackage(dump: Dump, meta: ReleaseMeta, files: ReleaseFileData[]) {
  const byName = new Map(files.map((f) => [f.name, f]));
  const schemas = new Map(fieldSchemas().map((s) => [s.name, s.fields]));
  const describe = (name: string) => ({
    path: name,
    hash: `sha256:${byName.get(name)!.sha256}`,
    bytes: byName.get(name)!.content.length,
  });
  return {
    profile: "data-package",
    name: "guarantor",
    title: "Guarantor dataset",
    version: meta.version,
    created: meta.createdAt.toISOString(),
    description: `${meta.note}\n\n${DATASET_PROVENANCE}`,
    homepage: meta.url,
    citation: meta.citation,
    licenses: [
      { name: "guarantor-attribution", title: DATASET_LICENCE, path: `${meta.url}#licence` },
    ],
    sources: dump.sources.map((s) => ({ title: s.title, ...(s.url ? { path: s.url } : {}) })),
    resources: [
      ...RELEASE_TABLES.map((t) => ({
        name: t.name,
        title: t.title,
        ...describe(`${t.name}.csv`),
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8-sig",
        schema: { fields: schemas.get(t.name) },
      })),
      {
        name: "dataset",
        title: "The whole dataset as JSON (the API's shapes, with source texts)",
        ...describe("dataset.json"),
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
      },
      {
        name: "workbook",
        title: "Every table in one workbook",
        ...describe("workbook.xlsx"),
        format: "xlsx",
        mediatype: XLSX_MEDIA,
      },
    ],
  };
}
