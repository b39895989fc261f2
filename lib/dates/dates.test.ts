import { describe, expect, it } from "vitest";
import { parseAsOfParam } from "./as-of";
import { dateSchema, optionalDateSchema } from "./schema";

const now = new Date("2026-12-01T12:00:00Z");

describe("the shared date schema", () => {
  it("refuses year 0, out-of-range years and impossible dates instead of rolling them over", () => {
    for (const bad of [
      "0000-01-01",
      "99999-01-01",
      "1899-12-31",
      "2101-01-01",
      "2026-02-31",
      "2026-13-01",
      "2026-04-31",
      "2025-02-29",
    ]) {
      expect(dateSchema.safeParse(bad).success, bad).toBe(false);
      expect(optionalDateSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(dateSchema.safeParse("2026-02-31").error?.issues[0]?.message).toBe(
      "2026-02-31 is not a real date.",
    );
    expect(dateSchema.safeParse("0000-01-01").error?.issues[0]?.message).toBe(
      "0000-01-01: the year must be from 1900 to 2100.",
    );
    expect(optionalDateSchema.safeParse("99999-01-01").error?.issues[0]?.message).toContain(
      "is not a date",
    );
  });

  it("accepts real dates, leap days and (in forms) an empty field", () => {
    expect(dateSchema.parse("2028-02-29")).toBe("2028-02-29");
    expect(optionalDateSchema.parse("")).toBe("");
    expect(optionalDateSchema.parse(undefined)).toBe("");
    expect(optionalDateSchema.parse(" 2026-12-01 ")).toBe("2026-12-01");
  });
});

describe("the shared as-of schema", () => {
  it("reads a day as its end and a UTC time as that minute", () => {
    const day = parseAsOfParam({ asOf: "2026-11-30" }, now);
    expect(day).toMatchObject({
      kind: "past",
      asOf: { at: new Date("2026-11-30T23:59:59.999Z"), label: "the end of 30 Nov 2026 (UTC)" },
    });
    const time = parseAsOfParam({ asOf: "2026-12-01T10:15" }, now);
    expect(time).toMatchObject({
      kind: "past",
      asOf: {
        at: new Date("2026-12-01T10:15:00.000Z"),
        value: "2026-12-01T10:15",
        label: "1 Dec 2026, 10:15 UTC",
      },
    });
    // The picker sends the time as its own field.
    expect(parseAsOfParam({ asOf: "2026-12-01", time: "10:15" }, now)).toEqual(time);
    expect(parseAsOfParam({ asOf: "2026-12-01T10:15:30Z" }, now)).toMatchObject({
      asOf: { at: new Date("2026-12-01T10:15:30.000Z") },
    });
  });

  it("calls a moment still to come future, and today a past view of today so far", () => {
    expect(parseAsOfParam({ asOf: "2026-12-02" }, now).kind).toBe("future");
    expect(parseAsOfParam({ asOf: "2026-12-01T12:30" }, now).kind).toBe("future");
    expect(parseAsOfParam({ asOf: "2026-12-01" }, now).kind).toBe("past");
  });

  it("refuses impossible days, out-of-range years and times with a message", () => {
    const message = (asOf: string) => {
      const p = parseAsOfParam({ asOf }, now);
      return p.kind === "invalid" ? p.message : null;
    };
    expect(message("0000-01-01")).toBe("asOf 0000-01-01: the year must be from 1900 to 2100.");
    expect(message("2026-02-31")).toBe("asOf 2026-02-31 is not a real date.");
    expect(message("99999-01-01")).toContain("is not a date");
    expect(message("2026-12-01T25:00")).toContain("not a real time");
  });
});
