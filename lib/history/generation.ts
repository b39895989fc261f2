/**
 * A counter bumped by every recorded change in this server process. Caches of values
 * derived from the whole history (the over-time charts) key on it, so they are reused
 * until the next edit and never serve a state older than the last write made here.
 */
let generation = 0;

export function historyGeneration(): number {
  return generation;
}

export function bumpHistoryGeneration(): void {
  generation++;
}
