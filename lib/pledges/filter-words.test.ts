import { describe, expect, it } from "vitest";
import type { ConditionStatus } from "@/lib/generated/prisma/enums";
import { loadExplorerParams } from "@/lib/pledges/explorer-params";
import { describeFilters } from "@/lib/pledges/filter-words";

const names = (status?: ConditionStatus) => ({
  countries: new Map<string, string>(),
  conditions: new Map([
    ["us-backstop", "A US backstop"],
    ["signed-ceasefire", "A signed ceasefire"],
  ]),
  conditionStatuses: status ? new Map([["us-backstop", status]]) : undefined,
});
const say = (query: string, status?: ConditionStatus) =>
  describeFilters(loadExplorerParams(new URLSearchParams(query)), names(status));

describe("the blocked filter in words", () => {
  it("names the chosen condition's own status, never 'not met' for one in progress", () => {
    expect(say("condition=us-backstop&blocked=1", "IN_PROGRESS")).toBe(
      "Waits on: A US backstop; Blocked by it (in progress)",
    );
    expect(say("condition=us-backstop&blocked=1", "NOT_MET")).toBe(
      "Waits on: A US backstop; Blocked by it (not met)",
    );
    expect(say("condition=us-backstop&blocked=1", "BREACHED")).toBe(
      "Waits on: A US backstop; Blocked by it (breached)",
    );
    expect(say("condition=us-backstop&blocked=1", "MET")).toBe(
      "Waits on: A US backstop; Blocked by it (met, so nothing is)",
    );
  });

  it("stays true when the status is unknown or several conditions are chosen", () => {
    expect(say("condition=us-backstop&blocked=1")).toBe(
      "Waits on: A US backstop; Blocked by it (not yet met)",
    );
    expect(say("condition=us-backstop,signed-ceasefire&blocked=1", "IN_PROGRESS")).toBe(
      "Waits on: A US backstop or A signed ceasefire; Blocked by one of them (not yet met)",
    );
    expect(say("blocked=1")).toBe("Blocked by a condition not yet met");
  });
});
