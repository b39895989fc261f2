import { describe, expect, it } from "vitest";
import { explorerIssues } from "@/lib/pledges/explorer-issues";
import { loadExplorerParams, toPledgeFilter } from "@/lib/pledges/explorer-params";

const known = {
  countries: [
    { code: "FR", name: "France" },
    { code: "GB", name: "United Kingdom" },
  ],
  conditions: [{ slug: "us-backstop", name: "US backstop" }],
};
const read = (query: string) => loadExplorerParams(new URLSearchParams(query));
const issuesOf = (query: string) => explorerIssues(new URLSearchParams(query), known);

describe("the explorer's URL", () => {
  it("reads filter values in any case", () => {
    expect(
      toPledgeFilter(
        read(
          "domain=air,Land-Forces&status=conditional&disclosure=Official&condition=US-Backstop&country=fr",
        ),
      ),
    ).toMatchObject({
      domains: ["AIR", "LAND_FORCES"],
      statuses: ["CONDITIONAL"],
      disclosures: ["OFFICIAL"],
      conditions: ["us-backstop"],
      countries: ["FR"],
    });
    expect(issuesOf("domain=air&status=conditional&country=fr&condition=US-backstop")).toEqual([]);
  });

  it("names each unknown value's parameter and the values it accepts", () => {
    const issues = issuesOf(
      "domain=air,navy&status=maybe&country=ZZ,France&condition=nope&blocked=yes&from=yesterday&size=30",
    );
    const byParam = Object.fromEntries(issues.map((i) => [i.param, i.message]));
    expect(Object.keys(byParam).sort()).toEqual([
      "blocked",
      "condition",
      "country",
      "domain",
      "from",
      "size",
      "status",
    ]);
    expect(byParam.domain).toBe(
      "domain: “navy” (ignored) is not a value it accepts. Accepted values: Land forces (LAND_FORCES), Air (AIR), Maritime (MARITIME), Demining (DEMINING), Training (TRAINING), Logistics (LOGISTICS), Medical (MEDICAL), Air surveillance (AIR_SURVEILLANCE), Engineering (ENGINEERING), Funding & reconstruction (FUNDING_RECONSTRUCTION), Capability building (CAPABILITY_BUILDING), Forces (domain undisclosed) (FORCES_UNSPECIFIED).",
    );
    expect(byParam.country).toContain("“ZZ” (no pledge matches it), “France” (ignored)");
    expect(byParam.country).toContain("France (FR), United Kingdom (GB), or undisclosed");
    expect(byParam.condition).toContain("US backstop (us-backstop)");
    expect(byParam.from).toContain("a date as YYYY-MM-DD");
    // The known value still applies.
    expect(toPledgeFilter(read("domain=air,navy")).domains).toEqual(["AIR"]);
  });
});
