/**
 * Whether what is pledged in a domain covers what is needed. Shared by the capability
 * page and the what-if view (which runs it in the browser too), so it imports nothing
 * server-only.
 */
export type QuantityByUnit = { unit: string | null; quantity: number; pledges: number };

export type Gap = "no-pledge" | "short" | "met" | "unknown" | "no-requirement";

/**
 * A gap is only called short or met where every requirement and the pledges name a
 * quantity in the same unit; otherwise it is "unknown", never guessed.
 */
export function gapOf(
  reqs: { quantity: { toString(): string } | null; unit: string | null }[],
  pledges: number,
  pledged: QuantityByUnit[],
): Gap {
  if (!reqs.length) return "no-requirement";
  if (!pledges) return "no-pledge";
  const sized = reqs.filter((r) => r.quantity !== null);
  if (!sized.length || sized.length < reqs.length) return "unknown";
  const short = sized.some((r) => {
    const have = pledged.find((p) => p.unit === r.unit);
    return !have || have.quantity < Number(r.quantity!.toString());
  });
  // Pledges without a stated quantity could make up a shortfall: the gap is then unknown.
  return short
    ? pledged.reduce((a, p) => a + p.pledges, 0) < pledges
      ? "unknown"
      : "short"
    : "met";
}
