import Link from "next/link";
import { DISCLOSURES, DOMAINS, PLEDGE_STATUSES } from "@/lib/labels";
import { explorerHref, type ExplorerState } from "@/lib/pledges/explorer-params";

type Chip = { key: string; label: string; href: string };

/** What the list is filtered by, in words, each with a link that removes it. */
export function ActiveFilters({
  state,
  countryNames,
  conditionNames,
}: {
  state: ExplorerState;
  countryNames: Map<string, string>;
  conditionNames: Map<string, string>;
}) {
  const without = <K extends "country" | "domain" | "status" | "disclosure" | "condition">(
    key: K,
    value: string,
  ) =>
    explorerHref(state, { [key]: (state[key] as string[]).filter((v) => v !== value), page: null });
  const list = <K extends "country" | "domain" | "status" | "disclosure" | "condition">(
    key: K,
    name: (v: string) => string,
  ): Chip[] =>
    (state[key] as string[]).map((v) => ({
      key: `${key}-${v}`,
      label: name(v),
      href: without(key, v),
    }));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const chips: Chip[] = [
    ...list("country", (v) =>
      v === "undisclosed" ? "Country not named" : (countryNames.get(v) ?? v),
    ),
    ...list("domain", (v) => DOMAINS[v as keyof typeof DOMAINS].label),
    ...list("status", (v) => PLEDGE_STATUSES[v as keyof typeof PLEDGE_STATUSES].label),
    ...list("disclosure", (v) => `${DISCLOSURES[v as keyof typeof DISCLOSURES].label} disclosure`),
    ...list("condition", (v) => `Waits on: ${conditionNames.get(v) ?? v}`),
    ...(state.blocked
      ? [
          {
            key: "blocked",
            label: state.condition.length
              ? "Blocked by it (not met)"
              : "Blocked by an unmet condition",
            href: explorerHref(state, { blocked: null, page: null }),
          },
        ]
      : []),
    ...(state.q
      ? [{ key: "q", label: `“${state.q}”`, href: explorerHref(state, { q: null, page: null }) }]
      : []),
    ...(state.from
      ? [
          {
            key: "from",
            label: `From ${day(state.from)}`,
            href: explorerHref(state, { from: null, page: null }),
          },
        ]
      : []),
    ...(state.to
      ? [
          {
            key: "to",
            label: `To ${day(state.to)}`,
            href: explorerHref(state, { to: null, page: null }),
          },
        ]
      : []),
  ];
  if (!chips.length) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-1.5">
      {chips.map((c) => (
        <li key={c.key}>
          <Link
            href={c.href}
            className="inline-flex items-center gap-1 rounded-full bg-slate-900 px-2.5 py-0.5 text-xs text-white no-underline hover:bg-slate-700 hover:no-underline"
            aria-label={`Remove filter: ${c.label}`}
          >
            {c.label} <span aria-hidden>×</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
