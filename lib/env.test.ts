import { describe, expect, it } from "vitest";
import { appEnvSchema, authEnvSchema, parseEnv, reviewEnvSchema, startEnvSchema } from "./env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv(startEnvSchema, {});
    expect(env).toMatchObject({ PORT: 3000, GUARANTOR_DATA_DIR: ".data", HOST: "127.0.0.1" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names the bad setting in one line", () => {
    expect(() => parseEnv(startEnvSchema, { DATABASE_URL: "mysql://x" })).toThrow(
      /^Invalid setting: DATABASE_URL must be a postgres/,
    );
    expect(() => parseEnv(startEnvSchema, { PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv(appEnvSchema, {})).toThrow("Invalid setting: DATABASE_URL is not set");
    expect(() => parseEnv(authEnvSchema, { BETTER_AUTH_SECRET: "short" })).toThrow(
      /BETTER_AUTH_SECRET must be at least 32 characters/,
    );
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv(startEnvSchema, { DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});

describe("GUARANTOR_REVIEW_BEFORE_PUBLISH", () => {
  it("is off by default, and accepts only on or off", () => {
    expect(parseEnv(startEnvSchema, {}).GUARANTOR_REVIEW_BEFORE_PUBLISH).toBe("off");
    expect(
      parseEnv(reviewEnvSchema, { GUARANTOR_REVIEW_BEFORE_PUBLISH: "on" })
        .GUARANTOR_REVIEW_BEFORE_PUBLISH,
    ).toBe("on");
    expect(() => parseEnv(startEnvSchema, { GUARANTOR_REVIEW_BEFORE_PUBLISH: "yes" })).toThrow(
      /GUARANTOR_REVIEW_BEFORE_PUBLISH must be "on" or "off"/,
    );
  });
});
