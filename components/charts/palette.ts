import type { ConditionStatus, PledgeStatus } from "@/lib/labels";

/** Chart colours: one distinct colour per status (badges share tones; stacked bars cannot). */
export const PLEDGE_STATUS_COLORS: Record<PledgeStatus, string> = {
  ANNOUNCED: "#0284c7",
  CONDITIONAL: "#f59e0b",
  CONFIRMED: "#6ee7b7",
  DEPLOYING: "#10b981",
  DEPLOYED: "#047857",
  FULFILLED: "#134e4a",
  WITHDRAWN: "#e11d48",
};

export const CONDITION_STATUS_COLORS: Record<ConditionStatus, string> = {
  MET: "#059669",
  IN_PROGRESS: "#f59e0b",
  NOT_MET: "#e11d48",
  BREACHED: "#881337",
};
