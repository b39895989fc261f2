import { describe, expect, it } from "vitest";
import { appEnvSchema, parseEnv, startEnvSchema } from "./env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv(startEnvSchema, {});
    expect(env).toMatchObject({ PORT: 3000, GUARANTOR_DATA_DIR: ".data", HOST: "127.0.0.1" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names the bad setting in one line", () => {
    expect(() => parseEnv(startEnvSchema, { DATABASE_URL: "mysql://x" })).toThrow(/^Invalid setting: DATABASE_URL must be a postgres/);
    expect(() => parseEnv(startEnvSchema, { PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv(appEnvSchema, {})).toThrow(/DATABASE_URL/);
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv(startEnvSchema, { DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
