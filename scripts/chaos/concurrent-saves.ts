/**
 * Concurrent saves: 50 editors save the same pledge at once through the real write
 * path (the edit form's server action, with its version check). A refused save
 * ("Changed by … review and retry") reloads the version and tries again, as an editor
 * would; so does one refused because the database was too busy to start its
 * transaction in time. Afterwards every acknowledged save must be in the audit log exactly once, and
 * the row must be the last acknowledged write: nothing lost, nothing invented.
 */
import { getText, pageForms, postForm } from "./http";
import type { ChaosContext, Figures } from "./types";

const CLIENTS = 50;
const ATTEMPTS = 60;

export async function run(ctx: ChaosContext, clients = CLIENTS): Promise<Figures> {
  const page = await getText(ctx.base, "/edit/pledges/new", ctx.cookie);
  const create = pageForms(page.text).find((f) => "description" in f.fields)!;
  const made = await postForm(ctx.base, "/edit/pledges/new", ctx.cookie, {
    ...create.hidden,
    ...create.fields,
    countryCode: "FR",
    domain: "AIR",
    status: "ANNOUNCED",
    disclosure: "OFFICIAL",
    description: "Chaos: the pledge everyone saves at once",
    reason: "chaos run",
    intent: "publish",
    conditionSlugs: [],
  });
  const id = /#pledge-(p-[0-9a-f]+)/.exec(made.location ?? "")?.[1];
  if (!id) throw new Error(`could not create the pledge to save (${made.status})`);
  const edit = pageForms((await getText(ctx.base, `/edit/pledges/${id}`, ctx.cookie)).text).find(
    (f) => "description" in f.fields,
  )!;
  const initial = (await ctx.db.pledge.findUniqueOrThrow({ where: { id } })).version;

  const acks: { description: string; basedOn: number; at: number }[] = [];
  let conflicts = 0;
  let busy = 0;
  let errors = 0;
  let firstOther = "";
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const description = `Chaos save ${i + 1} of ${clients}`;
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const { version } = await ctx.db.pledge.findUniqueOrThrow({
          where: { id },
          select: { version: true },
        });
        const result = await postForm(ctx.base, `/edit/pledges/${id}`, ctx.cookie, {
          ...edit.hidden,
          ...edit.fields,
          version: String(version),
          description,
          reason: `chaos save ${i + 1}`,
        });
        if (result.status === 303)
          return void acks.push({ description, basedOn: version, at: Date.now() });
        if (result.status === 200 && result.text.includes("review and retry")) conflicts++;
        else if (result.status === 200 && result.text.includes("database is busy")) busy++;
        else {
          const alerts = [...result.text.matchAll(/role="alert"[^>]*>([^<]*)/g)]
            .map((m) => m[1])
            .join(" / ");
          firstOther ||= `${result.status} ${alerts || result.text.slice(0, 120)}`;
          return void errors++;
        }
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;

  const entries = await ctx.db.auditEntry.findMany({
    where: { entityType: "Pledge", entityId: id, action: "UPDATE" },
    orderBy: { id: "asc" },
    select: { after: true },
  });
  const logged = entries.map((e) =>
    String((e.after as { description?: unknown } | null)?.description),
  );
  const final = await ctx.db.pledge.findUniqueOrThrow({ where: { id } });
  const last = acks.reduce(
    (a, b) => (b.basedOn > a.basedOn ? b : a),
    acks[0] ?? { description: "", basedOn: 0, at: 0 },
  );
  const missing = acks.filter((a) => logged.filter((d) => d === a.description).length !== 1).length;
  const phantom = logged.filter((d) => !acks.some((a) => a.description === d)).length;
  const finalWrong =
    acks.length > 0 &&
    (final.description !== last.description || final.version !== initial + acks.length)
      ? 1
      : 0;
  return {
    failures: missing + phantom + finalWrong + errors + (acks.length === clients ? 0 : 1),
    clients,
    "acknowledged saves": acks.length,
    "refused as stale, then retried": conflicts,
    "refused as busy (nothing saved), then retried": busy,
    "other answers": errors,
    ...(firstOther ? { "first other answer": firstOther } : {}),
    "acknowledged saves missing from the audit log": missing,
    "audit entries nobody was told about": phantom,
    "final row is not the last acknowledged write": finalWrong,
    "lost saves": missing + finalWrong,
    "saves a second": Math.round((acks.length / seconds) * 10) / 10,
  };
}
