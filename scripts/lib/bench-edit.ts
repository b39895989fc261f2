/**
 * Edit to visible: a signed-in editor saves a pledge's description through its edit
 * form (the server action a browser without JavaScript posts), and anonymous readers
 * poll the country page that lists the pledge, on every address given, until each
 * serves the new words. Timed from the moment the save was acknowledged.
 */
import { getText, pageForms, postForm } from "../chaos/http";
import { percentile } from "./bench-load";
import { sleep } from "./bench-server";
import { log } from "./cli";

export type Reader = { name: string; base: string };
export type Visibility = { reader: string; ms: number[]; missed: number };

const POLL_MS = 10;
const GIVE_UP_MS = 10_000;

/** The first pledge a country page lists, as the anonymous reader sees it. */
export async function firstListedPledge(base: string, countryPath: string): Promise<string> {
  const { text } = await getText(base, countryPath, "");
  const id = /id="pledge-([^"]+)"/.exec(text)?.[1];
  if (!id) throw new Error(`${countryPath} lists no pledge to edit`);
  return id;
}

/**
 * `edits` saves through `editBase`, one after another; after each, every reader polls
 * `page` (without a cookie) until the description appears, or gives up after 10 s.
 */
export async function editToVisible(opts: {
  editBase: string;
  cookie: string;
  pledgeId: string;
  page: string;
  readers: Reader[];
  edits: number;
}): Promise<Visibility[]> {
  const { editBase, cookie, pledgeId, page, readers } = opts;
  const results = readers.map((r) => ({ reader: r.name, ms: [] as number[], missed: 0 }));
  for (let i = 0; i < opts.edits; i++) {
    const form = pageForms(
      (await getText(editBase, `/edit/pledges/${pledgeId}`, cookie)).text,
    ).find((f) => "description" in f.fields);
    if (!form)
      throw new Error(
        `the edit form of pledge ${pledgeId} did not load (is the cookie an editor's?)`,
      );
    const description = `${form.fields.description!.replace(/ \(bench edit [^)]*\)$/, "")} (bench edit ${Date.now().toString(36)})`;
    const saved = await postForm(editBase, `/edit/pledges/${pledgeId}`, cookie, {
      ...form.hidden,
      ...form.fields,
      description,
      reason: "npm run bench: edit to visible",
    });
    if (saved.status !== 303)
      throw new Error(`the bench edit was not saved (HTTP ${saved.status})`);
    const acknowledged = performance.now();
    const escaped = description
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;");
    await Promise.all(
      readers.map(async (r, n) => {
        for (;;) {
          const { text } = await getText(r.base, page, "");
          const ms = performance.now() - acknowledged;
          if (text.includes(escaped)) return void results[n]!.ms.push(ms);
          if (ms > GIVE_UP_MS) return void results[n]!.missed++;
          await sleep(POLL_MS);
        }
      }),
    );
  }
  for (const r of results) log(`edit to visible on ${r.reader}: ${summary(r)}`);
  return results;
}

/** "p50 120 ms, max 180 ms (5 edits)", with any edit never seen. */
export function summary(v: Visibility): string {
  const seen = v.ms.length
    ? `p50 ${percentile(v.ms, 50).toFixed(0)} ms, max ${Math.max(...v.ms).toFixed(0)} ms`
    : "never";
  return `${seen} (${v.ms.length + v.missed} edits${v.missed ? `, ${v.missed} not visible after ${GIVE_UP_MS / 1000} s` : ""})`;
}
