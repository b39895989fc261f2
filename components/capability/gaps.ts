import type { BadgeTone } from "@/components/ui/badge";
import type { Gap } from "@/lib/capability/gap";

/** What each gap verdict says, on the capability page and in the what-if view. */
export const GAPS: Record<Gap, { label: string; tone: BadgeTone; explain: string }> = {
  "no-pledge": {
    label: "Gap: nothing pledged",
    tone: "red",
    explain: "A need is recorded and no pledge answers it.",
  },
  short: {
    label: "Gap: too little pledged",
    tone: "red",
    explain: "The stated quantities fall short of the stated need.",
  },
  unknown: {
    label: "Size of gap unknown",
    tone: "amber",
    explain: "Pledged, but the sources give no quantity to set against the need.",
  },
  met: {
    label: "Need covered",
    tone: "green",
    explain: "The stated quantities reach the stated need.",
  },
  "no-requirement": {
    label: "No need recorded",
    tone: "gray",
    explain: "Pledged, but no source states a requirement in this domain.",
  },
};
