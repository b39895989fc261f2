import type { ReactNode } from "react";

const BUTTON =
  "rounded-md px-2.5 py-1 ring-1 ring-inset ring-slate-300 no-underline hover:bg-slate-100 hover:no-underline";

type LinkProps = { className: string; "aria-label"?: string };

/**
 * "Showing 1–50 of 300", previous/next and a few page numbers around the current one.
 * `link` draws a link to a page: a plain <Link> on server pages, a URL-state link in the
 * explorer (usable from both: this module is neither server- nor client-only).
 */
export function PageNav({
  page,
  pageCount,
  pageSize,
  total,
  link,
}: {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  link: (page: number, label: ReactNode, props: LinkProps) => ReactNode;
}) {
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const near = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav
      aria-label="Pages"
      className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      <p className="text-slate-600 tabular-nums">
        Showing {first.toLocaleString("en")}–{last.toLocaleString("en")} of{" "}
        {total.toLocaleString("en")}
      </p>
      {pageCount > 1 && (
        <ul className="flex flex-wrap items-center gap-1">
          <li>
            {page > 1 ? (
              link(page - 1, "← Previous", { className: BUTTON })
            ) : (
              <span className={`${BUTTON} text-slate-500`}>← Previous</span>
            )}
          </li>
          {near.map((p, i) => (
            <li key={p} className="flex items-center gap-1">
              {i > 0 && p - near[i - 1]! > 1 && (
                <span aria-hidden className="px-1 text-slate-500">
                  …
                </span>
              )}
              {p === page ? (
                <span
                  aria-current="page"
                  className={`${BUTTON} bg-slate-900 text-white ring-slate-900`}
                >
                  <span className="sr-only">Page </span>
                  {p.toLocaleString("en")}
                </span>
              ) : (
                link(p, p.toLocaleString("en"), { className: BUTTON, "aria-label": `Page ${p}` })
              )}
            </li>
          ))}
          <li>
            {page < pageCount ? (
              link(page + 1, "Next →", { className: BUTTON })
            ) : (
              <span className={`${BUTTON} text-slate-500`}>Next →</span>
            )}
          </li>
        </ul>
      )}
    </nav>
  );
}
