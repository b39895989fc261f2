/**
 * Fuzzing: a few thousand generated requests against the running server (every API
 * endpoint and parameter, the public pages' filters and ids, and every write form
 * replayed with generated values by a signed-in admin), counting the answers by status,
 * then the invalid rows the database holds afterwards. A 500 or an invalid row is a failure.
 */
import fc from "fast-check";
import { apiPaths, formValues, pagePaths } from "./inputs";
import { getText, pageForms, postForm, type PageForm } from "./http";
import { checkInvariants } from "./invariants";
import type { ChaosContext, Figures } from "./types";

/** Runs `task` over `items`, `width` at a time. */
export async function pool<T>(items: T[], width: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/** The pages whose forms are replayed, with the cookie to send (sign-in is anonymous). */
async function formPages(
  ctx: ChaosContext,
): Promise<{ path: string; cookie: string; form: PageForm }[]> {
  const pledge = await ctx.db.pledge.findFirstOrThrow({
    where: { countryCode: { not: null } },
    orderBy: { id: "asc" },
  });
  const condition = await ctx.db.condition.findFirstOrThrow({ orderBy: { slug: "asc" } });
  const event = await ctx.db.event.findFirstOrThrow({ orderBy: { id: "asc" } });
  const figure = await ctx.db.headlineFigure.findFirstOrThrow({ orderBy: { id: "asc" } });
  const requirement = await ctx.db.requirement.findFirst({ orderBy: { id: "asc" } });
  const paths = [
    "/edit/pledges/new",
    `/edit/pledges/${pledge.id}`,
    "/edit/conditions/new",
    `/edit/conditions/${condition.slug}`,
    "/edit/events/new",
    `/edit/events/${event.id}`,
    `/edit/countries/${pledge.countryCode}`,
    "/edit/countries/US",
    "/edit/requirements/new",
    ...(requirement ? [`/edit/requirements/${requirement.id}`] : []),
    `/edit/figures/${figure.id}`,
    "/edit/sources/new",
    "/shares/new?scope=DASHBOARD",
    "/admin/users",
  ];
  const found: { path: string; cookie: string; form: PageForm }[] = [];
  for (const [path, cookie] of [
    ...paths.map((p) => [p, ctx.cookie] as const),
    ["/sign-in", ""] as const,
  ]) {
    const page = await getText(ctx.base, path, cookie);
    if (page.status !== 200)
      throw new Error(`${path} answered ${page.status}: cannot read its forms`);
    // Forms with fields only: the sign-out button has none, and signing out would end the run's session.
    for (const form of pageForms(page.text).filter((f) => Object.keys(f.fields).length))
      found.push({ path, cookie, form });
  }
  return found;
}

export async function run(ctx: ChaosContext): Promise<Figures> {
  const counts = new Map<string, number>();
  const errors: string[] = [];
  const count = (kind: string, status: number, what: string) => {
    counts.set(`${kind} ${status}`, (counts.get(`${kind} ${status}`) ?? 0) + 1);
    if (status >= 500) errors.push(`${status} ${kind} ${what.slice(0, 160)}`);
  };
  const seed = ctx.seed;
  const before = await checkInvariants(ctx.db);
  const started = Date.now();

  const api = fc.sample(apiPaths(), { seed, numRuns: Math.round(ctx.runs * 0.5) });
  await pool(api, 4, async (path) =>
    count("api GET", (await fetch(`${ctx.base}${path}`)).status, path),
  );

  const pages = fc.sample(pagePaths(), { seed: seed + 1, numRuns: Math.round(ctx.runs * 0.2) });
  await pool(pages, 4, async (path) => {
    const response = await fetch(`${ctx.base}${path}`, {
      headers: { cookie: ctx.cookie },
      redirect: "manual",
    });
    await response.arrayBuffer();
    count("page GET", response.status, path);
  });

  const forms = await formPages(ctx);
  const posts = fc.sample(
    fc
      .constantFrom(...forms)
      .chain((f) =>
        formValues(
          { ...f.form.fields, ...withoutActionKeys(f.form.hidden) },
          { ...JUSTIFIED, ...f.form.options },
        ).map((values) => ({ f, values })),
      ),
    { seed: seed + 2, numRuns: Math.round(ctx.runs * 0.3) },
  );
  await pool(posts, 4, async ({ f, values }) => {
    const result = await postForm(ctx.base, f.path, f.cookie, { ...f.form.hidden, ...values });
    count("form POST", result.status, `${f.path} ${JSON.stringify(values)}`);
  });

  const after = await checkInvariants(ctx.db);
  for (const p of after.problems.slice(0, 20)) ctx.log(`  invalid after the fuzz: ${p}`);
  for (const e of errors.slice(0, 20)) ctx.log(`  ${e}`);
  const byStatus = Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
  return {
    failures: errors.length + after.invalidRows + after.uncitedPublished + after.unaudited,
    requests: api.length + pages.length + posts.length,
    seconds: Math.round((Date.now() - started) / 1000),
    forms: forms.length,
    ...byStatus,
    "500s": errors.length,
    "invalid rows (before → after)": `${before.invalidRows} → ${after.invalidRows}`,
    "published facts without a citation (before → after)": `${before.uncitedPublished} → ${after.uncitedPublished}`,
    "rows differing from their audit log (before → after)": `${before.unaudited} → ${after.unaudited}`,
  };
}

/** A reason makes a change acceptable, so generated saves can succeed too. */
const JUSTIFIED = { reason: ["chaos run: a generated change"] };

/** The form's own hidden fields (id, version, intent...) are fuzzed too; the action's references are kept. */
function withoutActionKeys(hidden: Record<string, string>) {
  return Object.fromEntries(Object.entries(hidden).filter(([k]) => !k.startsWith("$ACTION")));
}
