/**
 * What the benchmark measures: the static file (the ceiling) and every public view the
 * issue names, with real ids read from the database it runs on. Each has a short key
 * for `--only` (e.g. `--only country,api-list`).
 */
import type pg from "pg";
import type { Target } from "./bench-report";

export type KeyedTarget = Target & { key: string };

/** Keys measured by `--quick`: the ceiling and one of each kind of page. */
export const QUICK_KEYS = [
  "static",
  "dashboard",
  "country-largest",
  "explorer-filtered",
  "api-list",
];

export async function chooseTargets(url: string): Promise<KeyedTarget[]> {
  const { withClient } = await import("../../lib/db-lifecycle/connect");
  return withClient(url, async (c) => {
    const rows = async <T>(sql: string) => (await c.query<T & pg.QueryResultRow>(sql)).rows;
    const counts = await rows<{ code: string; n: number }>(
      `select "countryCode" as code, count(*)::int as n from "Pledge" where "countryCode" is not null and published group by 1 order by 2, 1`,
    );
    const [condition] = await rows<{ slug: string }>(
      `select slug from "Condition" where published order by "sortOrder", slug limit 1`,
    );
    const [source] = await rows<{ id: string }>(
      `select id from "Source" where published order by id limit 1`,
    );
    const median = counts[Math.floor(counts.length / 2)]!;
    const largest = counts.at(-1)!;
    const second = counts.at(-2) ?? largest;
    const country = (key: string, label: string, x: { code: string; n: number }): KeyedTarget => ({
      key,
      name: `country page, ${label} (${x.code}, ${x.n.toLocaleString("en")} pledges)`,
      path: `/countries/${x.code}`,
    });
    const targets: (KeyedTarget | null)[] = [
      { key: "static", name: "static file (the ceiling)", path: "/robots.txt" },
      { key: "dashboard", name: "dashboard", path: "/" },
      { key: "countries", name: "countries", path: "/countries" },
      median.code === largest.code ? null : country("country-median", "median", median),
      country("country-largest", "largest", largest),
      { key: "compare", name: "compare", path: `/compare?c=${largest.code},${second.code}` },
      { key: "explorer", name: "explorer, default view", path: "/pledges" },
      {
        key: "explorer-filtered",
        name: "explorer with filters",
        path: "/pledges?domain=AIR,MARITIME&status=CONDITIONAL",
      },
      { key: "map", name: "map", path: "/map" },
      { key: "capability", name: "capability", path: "/capability" },
      { key: "conditions", name: "conditions", path: "/conditions" },
      condition
        ? { key: "condition", name: "a condition", path: `/conditions/${condition.slug}` }
        : null,
      { key: "events", name: "events", path: "/events" },
      { key: "sources", name: "sources", path: "/sources" },
      source ? { key: "source", name: "a source", path: `/sources/${source.id}` } : null,
      { key: "methodology", name: "methodology", path: "/methodology" },
      { key: "api-list", name: "API list", path: "/api/v1/pledges?limit=50" },
      { key: "api-country", name: "API country", path: `/api/v1/countries/${largest.code}` },
    ];
    return targets.filter((t): t is KeyedTarget => t !== null);
  });
}
