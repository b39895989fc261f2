import { shareParamsSchema, type ShareParams } from "./schema";

/** The view a /shares/new?scope=...&... address asks to share, or null if it makes no sense. */
export function shareParamsFromQuery(q: Record<string, string | string[] | undefined>): ShareParams | null {
  const one = (k: string) => (typeof q[k] === "string" ? (q[k] as string) : undefined);
  const scope = one("scope");
  const filters = Object.fromEntries(
    ["domain", "status", "disclosure", "condition", "country", "blocked", "q", "from", "to"].flatMap((k) => (one(k) ? [[k, one(k)]] : [])),
  );
  const candidate =
    scope === "COUNTRY" ? { scope, code: one("code")?.toUpperCase() }
    : scope === "CONDITION" ? { scope, slug: one("slug") }
    : scope === "PLEDGES" ? { scope, filters }
    : scope === "DASHBOARD" ? { scope }
    : null;
  const parsed = shareParamsSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

export function describeShare(p: ShareParams): string {
  if (p.scope === "DASHBOARD") return "The dashboard";
  if (p.scope === "COUNTRY") return `Country ${p.code}`;
  if (p.scope === "CONDITION") return `Condition “${p.slug}”`;
  const f = Object.entries(p.filters).map(([k, v]) => `${k}=${v}`).join(", ");
  return f ? `Pledges filtered by ${f}` : "All pledges";
}
