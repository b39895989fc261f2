import { z } from "zod";
import { parseTrustedProxies } from "./security/client-address";

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
    message: "must be a postgres:// or postgresql:// connection URL",
  });

const port = z.coerce.number().int().min(1).max(65535);

/** Proxies whose X-Forwarded-For is believed (lib/security/client-address.ts); none by default. */
const trustedProxies = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    try {
      parseTrustedProxies(v);
    } catch (error) {
      ctx.addIssue({
        code: "custom",
        message: `must list proxy addresses or CIDR ranges separated by commas: ${(error as Error).message}`,
      });
    }
  })
  .optional();

/** Settings for sign-in and sessions. */
export const authEnvSchema = z.object({
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, { message: "must be at least 32 characters (e.g. openssl rand -hex 32)" }),
  GUARANTOR_URL: z
    .url({ message: "must be the public URL of the app, e.g. https://guarantor.example.org" })
    .optional(),
  PORT: port.default(3000),
});

/**
 * Review before publish (docs/decisions/023-two-editor-approval.md): "on" holds every change
 * that would reach the public until a second editor approves it. Off unless set.
 */
export const reviewEnvSchema = z.object({
  GUARANTOR_REVIEW_BEFORE_PUBLISH: z
    .enum(["on", "off"], { message: 'must be "on" or "off"' })
    .default("off"),
});

/** Settings read by `npm start` / `npm run dev` before anything else runs. */
export const startEnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  // The owner role that runs migrations and seeding; DATABASE_URL is then the app's login.
  MIGRATION_DATABASE_URL: postgresUrl.optional(),
  GUARANTOR_DATA_DIR: z.string().trim().min(1).default(".data"),
  EMBEDDED_PG_PORT: port.default(54329),
  PORT: port.default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  BETTER_AUTH_SECRET: authEnvSchema.shape.BETTER_AUTH_SECRET.optional(),
  GUARANTOR_URL: authEnvSchema.shape.GUARANTOR_URL,
  TRUSTED_PROXIES: trustedProxies,
  GUARANTOR_REVIEW_BEFORE_PUBLISH: reviewEnvSchema.shape.GUARANTOR_REVIEW_BEFORE_PUBLISH,
});

/** Settings of the web server itself (scripts/serve.ts). */
export const serveEnvSchema = z.object({
  DATABASE_URL: postgresUrl,
  PORT: port.default(3000),
  HOST: startEnvSchema.shape.HOST,
  TRUSTED_PROXIES: trustedProxies,
});

/** Settings the running web app needs (the start script always provides them). */
export const appEnvSchema = z.object({ DATABASE_URL: postgresUrl });

export type StartEnv = z.infer<typeof startEnvSchema>;

/** Parses the environment, or throws one line naming every bad setting. */
export function parseEnv<T extends z.ZodType>(
  schema: T,
  source: Record<string, string | undefined> = process.env,
): z.infer<T> {
  const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) =>
    i.code === "invalid_type" && raw[String(i.path[0])] === undefined
      ? `${i.path.join(".")} is not set`
      : `${i.path.join(".")} ${i.message}`,
  );
  throw new Error(`Invalid setting: ${problems.join("; ")}`);
}
