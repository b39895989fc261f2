import { describe, expect, it } from "vitest";
import { describeShare, shareParamsFromQuery } from "@/lib/shares/from-url";

const names = {
  countries: new Map([["DE", "Germany"]]),
  conditions: new Map([["us-backstop", "A US backstop"]]),
};
const describe_ = (query: Record<string, string>) =>
  describeShare(shareParamsFromQuery(query)!, names);

describe("share subtitles", () => {
  it("say what a link shows in words, not codes", () => {
    expect(describe_({ scope: "PLEDGES", domain: "AIR,MARITIME", condition: "us-backstop" })).toBe(
      "Pledges — Domain: Air or Maritime; Waits on: A US backstop",
    );
    expect(
      describe_({
        scope: "PLEDGES",
        status: "CONDITIONAL",
        blocked: "1",
        country: "DE,undisclosed",
      }),
    ).toBe(
      "Pledges — Country: Germany or not named; Status: Conditional; Blocked by a condition not yet met",
    );
    expect(describe_({ scope: "COUNTRY", code: "DE" })).toBe("Germany");
    expect(describe_({ scope: "CONDITION", slug: "us-backstop" })).toBe("A US backstop");
    expect(describe_({ scope: "PLEDGES" })).toBe("All pledges");
    expect(describe_({ scope: "DASHBOARD" })).toBe("The dashboard");
  });

  it("read a what-if scenario as the what-if page writes it, absent met meaning the recorded state", () => {
    expect(
      shareParamsFromQuery({ scope: "WHAT_IF", met: "US-backstop,ceasefire,,us-backstop" }),
    ).toEqual({
      scope: "WHAT_IF",
      met: ["ceasefire", "us-backstop"],
    });
    expect(shareParamsFromQuery({ scope: "WHAT_IF", met: "" })).toEqual({
      scope: "WHAT_IF",
      met: [],
    });
    expect(shareParamsFromQuery({ scope: "WHAT_IF" })).toEqual({ scope: "WHAT_IF" });
    expect(shareParamsFromQuery({ scope: "WHAT_IF", met: "not a slug!" })).toBeNull();
    expect(describe_({ scope: "WHAT_IF", met: "us-backstop,ceasefire" })).toBe(
      "What if: ceasefire, A US backstop met",
    );
    expect(describe_({ scope: "WHAT_IF", met: "" })).toBe("What if: no condition met");
    expect(describe_({ scope: "WHAT_IF" })).toBe("What if: the recorded state");
  });
});
