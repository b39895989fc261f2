import type { MapMode } from "@/components/map/scale";
import type { PledgeDomain } from "@/lib/labels";
import { DOMAINS, parseKey } from "@/lib/labels";

type Raw = { by?: string | string[]; domain?: string | string[] };

const MODES: readonly MapMode[] = ["posture", "capacity"];

/**
 * Reads `?by=` and `?domain=`. A value the map does not know (a typo, a repeated
 * parameter, "constructor") gives the default view and says which value was ignored,
 * rather than an error page.
 */
export function readMapView(params: Raw) {
  const problems: string[] = [];
  const by = params.by;
  const mode = MODES.find((m) => m === by) ?? "posture";
  if (by !== undefined && by !== mode)
    problems.push(`Unknown colouring “${String(by)}”: showing posture.`);
  let domain: PledgeDomain | null = null;
  if (mode === "capacity" && params.domain !== undefined && params.domain !== "") {
    domain = parseKey(DOMAINS, params.domain);
    if (!domain) problems.push(`Unknown domain “${String(params.domain)}”: showing all domains.`);
  }
  return { mode, domain, problems };
}
