import { describe, expect, it } from "vitest";
import { appEnvSchema, authEnvSchema, parseEnv, startEnvSchema } from "./env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv(startEnvSchema, {});
    expect(env).toMatchObject({ PORT: 3000, GUARANTOR_DATA_DIR: ".data", HOST: "127.0.0.1" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names the bad setting in one line", () => {
    expect(() => parseEnv(startEnvSchema, { DATABASE_URL: "mysql://x" })).toThrow(/^Invalid setting: DATABASE_URL must be a postgres/);
    expect(() => parseEnv(startEnvSchema, { PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv(appEnvSchema, {})).toThrow("Invalid setting: DATABASE_URL is not set");
    expect(() => parseEnv(authEnvSchema, { BETTER_AUTH_SECRET: "short" })).toThrow(/BETTER_AUTH_SECRET must be at least 32 characters/);
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv(startEnvSchema, { DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
