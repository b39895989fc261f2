import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { ExportPledge } from "@/lib/pledges/api";
import type { Column } from "@/lib/pledges/export-columns";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A workbook streamed as it is written: a "Pledges" sheet (dates as date cells shown
 * YYYY-MM-DD; text always as text, never as a formula) and an "About" sheet saying
 * what the file holds and where it comes from.
 */
export function xlsxStream(opts: {
  columns: Column[];
  batches: AsyncIterable<ExportPledge[]>;
  about: () => Promise<[string, string][]>;
}) {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Guarantor";

  async function write() {
    const sheet = workbook.addWorksheet("Pledges", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = opts.columns.map((c) => ({
      header: c.header,
      key: c.header,
      width: c.width,
      ...(c.type === "date" ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for await (const batch of opts.batches) {
      for (const p of batch) {
        const values = opts.columns.map((c) => {
          const v = c.value(p);
          return c.type === "date" && typeof v === "string" ? day(v) : v;
        });
        sheet.addRow(values).commit();
      }
    }
    sheet.commit();
    const about = workbook.addWorksheet("About");
    about.columns = [{ width: 18 }, { width: 120 }];
    for (const row of await opts.about()) about.addRow(row).commit();
    about.commit();
    await workbook.commit();
  }

  write().catch((error: unknown) =>
    out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
