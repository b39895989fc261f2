/**
 * `npm run user:create -- --email you@example.org --role admin [--name "Your Name"] [--password ...]`
 * Creates an account on the app's database. Without --password a random one is
 * generated and printed once.
 */
import { parseArgs } from "node:util";
import { ensurePrismaClient, log, run } from "./lib/cli";
import { ensureAuthSecret } from "./lib/secret";

run(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
    },
  });
  const { ROLES, isRole } = await import("../lib/auth/permissions");
  if (!values.email || !/^[^\s@]+@[^\s@]+$/.test(values.email))
    throw new Error("--email must be an email address");
  if (!isRole(values.role)) throw new Error(`--role must be one of: ${ROLES.join(", ")}`);
  if (values.password !== undefined && values.password.length < 10)
    throw new Error("--password must be at least 10 characters");
  ensurePrismaClient();
  const { parseEnv, startEnvSchema } = await import("../lib/env");
  ensureAuthSecret(parseEnv(startEnvSchema).GUARANTOR_DATA_DIR);
  const { resolveDatabase } = await import("../lib/db-lifecycle/resolve");
  const { prepareDatabase, createClient } = await import("../lib/db-lifecycle/prepare");
  const { createAuth } = await import("../lib/auth/config");
  const { createUserAccount, generatePassword } = await import("../lib/auth/users");
  const target = await resolveDatabase(log);
  await prepareDatabase(target.url, { log });
  const prisma = createClient(target.url);
  try {
    const password = values.password ?? generatePassword();
    const name = values.name ?? values.email.split("@")[0]!;
    const user = await createUserAccount(
      createAuth(prisma),
      prisma,
      { email: values.email, name, role: values.role, password },
      {
        id: null,
        name: "user:create (command line)",
        email: null,
      },
    );
    log(
      `created ${values.role} ${user.email}${values.password ? "" : ` with password: ${password}`}`,
    );
  } finally {
    await prisma.$disconnect();
    await target.embedded?.stop();
  }
  return 0;
});
