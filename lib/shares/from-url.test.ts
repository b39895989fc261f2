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
});
