import { plural } from "@/components/facts/format";
import { exportHref, type ExplorerState } from "@/lib/pledges/explorer-params";

const LINK =
  "rounded-md px-2.5 py-1 font-medium ring-1 ring-inset ring-slate-300 no-underline hover:bg-slate-100 hover:no-underline";

/** The view's pledges as files: every match (not only this page), with sources and quotes. */
export function DownloadLinks({ state, total }: { state: ExplorerState; total: number }) {
  if (total === 0) return null;
  const what = `${plural(total, "pledge")} matching these filters, every column, with sources and quotes`;
  return (
    <div className="flex items-center gap-2 text-sm" role="group" aria-label="Download">
      <span className="text-slate-500">Download</span>
      <a href={exportHref(state, "csv")} className={LINK} title={`CSV: ${what}`} download>
        CSV
      </a>
      <a
        href={exportHref(state, "xlsx")}
        className={LINK}
        title={`Excel workbook: ${what}`}
        download
      >
        XLSX
      </a>
    </div>
  );
}
