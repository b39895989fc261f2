import type { EmbeddedServer } from "./embedded";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Restarts the embedded PostgreSQL whenever its process dies while the app runs
 * (killed, out of memory). A killed server can leave backends behind for a moment,
 * which makes the first start attempts fail: retry every 250 ms.
 */
export function superviseEmbedded(server: EmbeddedServer, log: (line: string) => void): () => void {
  let stopped = false;
  const { crashed, restart } = server;
  if (!crashed || !restart) return () => {};
  void (async () => {
    while (!stopped) {
      await crashed();
      if (stopped) return;
      const down = performance.now();
      log("embedded PostgreSQL stopped unexpectedly; restarting it");
      for (let attempt = 1; !stopped; attempt++) {
        try {
          await restart();
          log(
            `embedded PostgreSQL restarted after ${Math.round(performance.now() - down)} ms (${attempt} attempt(s))`,
          );
          break;
        } catch {
          await sleep(250);
        }
      }
    }
  })();
  return () => {
    stopped = true;
  };
}
