/**
 * `npm run chaos [-- section...]`: breaks the running app on purpose and prints what
 * users saw. Each section is scripts/chaos/<name>.ts exporting `run(ctx)`. Everything
 * runs on loopback, on data folders and ports of its own, under a bounded load.
 */
import { log, ROOT, run } from "./lib/cli";

const SECTIONS = ["db-crash"];

run(async () => {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  for (const name of wanted.length ? wanted : SECTIONS) {
    if (!SECTIONS.includes(name)) throw new Error(`unknown chaos section ${name} (sections: ${SECTIONS.join(", ")})`);
    const section = (await import(`./chaos/${name}.ts`)) as { run: (ctx: { log: typeof log; root: string }) => Promise<Record<string, number | string>> };
    log(`chaos: ${name}`);
    const figures = await section.run({ log, root: ROOT });
    for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(40)} ${value}`);
  }
  return 0;
});
