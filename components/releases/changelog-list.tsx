import Link from "next/link";
import { formatDate } from "@/components/facts/format";
import { TYPE_WORDS, type ChangelogItem, type ChangeKind } from "@/lib/releases/changelog";

const HEADINGS: Record<ChangeKind, { title: string; tone: string }> = {
  added: { title: "Added", tone: "border-emerald-300" },
  changed: { title: "Changed", tone: "border-sky-300" },
  retracted: { title: "Retracted", tone: "border-rose-300" },
};

const words = (field: string) => field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

const PAGES: Record<string, string> = {
  Pledge: "/pledges",
  Condition: "/conditions",
  Country: "/countries",
  Source: "/sources",
};

/** The fact's page; a retracted fact (or one without a page) its public history. */
function factHref(item: ChangelogItem) {
  const page = item.kind !== "retracted" && PAGES[item.type];
  return page
    ? `${page}/${encodeURIComponent(item.id)}`
    : `/history/${item.type}/${encodeURIComponent(item.id)}`;
}

/** A release's changelog: added, changed and retracted facts; a retraction keeps its tombstone. */
export function ChangelogList({ items }: { items: ChangelogItem[] }) {
  if (!items.length)
    return <p className="text-sm text-slate-600">No published fact changed in this release.</p>;
  return (
    <div className="space-y-6">
      {(["added", "changed", "retracted"] as const).map((kind) => {
        const list = items.filter((i) => i.kind === kind);
        if (!list.length) return null;
        return (
          <section key={kind} aria-labelledby={`changelog-${kind}`}>
            <h3
              id={`changelog-${kind}`}
              className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
            >
              {HEADINGS[kind].title} ({list.length})
            </h3>
            <ul className="space-y-2">
              {list.map((item) => (
                <li
                  key={`${item.type}-${item.id}`}
                  className={`border-l-4 ${HEADINGS[kind].tone} pl-3 text-sm`}
                  data-kind={kind}
                >
                  <span className="text-slate-500">{TYPE_WORDS[item.type] ?? item.type}:</span>{" "}
                  {kind === "retracted" ? (
                    <s className="text-slate-700">{item.label}</s>
                  ) : (
                    <Link href={factHref(item)}>{item.label}</Link>
                  )}
                  {item.fields.length > 0 && (
                    <span className="text-slate-500"> — {item.fields.map(words).join(", ")}</span>
                  )}
                  <div className="text-xs text-slate-500">
                    {kind === "retracted" ? (
                      <>
                        Retracted {formatDate(new Date(item.at))}. Reason:{" "}
                        {item.reason ?? "none given"} ·{" "}
                        <Link href={factHref(item)}>what it said</Link>
                      </>
                    ) : (
                      <>
                        Recorded {formatDate(new Date(item.at))}
                        {item.reason ? ` · ${item.reason}` : ""}
                      </>
                    )}
                    {item.citation && (
                      <>
                        {" "}
                        · cites{" "}
                        <Link href={`/sources/${encodeURIComponent(item.citation.sourceId)}`}>
                          “{item.citation.quote}”
                        </Link>
                      </>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
