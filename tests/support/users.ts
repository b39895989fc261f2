import type { Role, SessionUser } from "../../lib/auth/permissions";
import { uid } from "./factory";

/** A session user of the given role (mutations take the user; sign-in is tested elsewhere). */
export function userWithRole(role: Role): SessionUser {
  const id = uid(role);
  return { id, name: `Test ${role} ${id.slice(-4)}`, email: `${id}@test.local`, role };
}
