/**
 * Development only (`npm run dev`): one demo login per role, printed when created.
 * `npm start` (production) never creates accounts with known passwords.
 */
import { createAuth } from "../../lib/auth/config";
import { ROLES } from "../../lib/auth/permissions";
import { createUserAccount, generatePassword } from "../../lib/auth/users";
import { createClient } from "../../lib/db-lifecycle/prepare";
import { log } from "./cli";

export async function ensureDemoUsers(url: string) {
  const prisma = createClient(url);
  try {
    const auth = createAuth(prisma);
    for (const role of ROLES) {
      const email = `${role}@guarantor.local`;
      if (await prisma.user.findUnique({ where: { email } })) continue;
      const password = generatePassword();
      await createUserAccount(
        auth,
        prisma,
        { email, name: `Demo ${role}`, role, password },
        { id: null, name: "npm run dev (demo logins)", email: null },
      );
      log(`demo login: ${email} / ${password}`);
    }
  } finally {
    await prisma.$disconnect();
  }
}
