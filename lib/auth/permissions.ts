/**
 * The role -> permission table. Every server action, route handler and query that
 * needs a permission asks `can` / `requirePermission`; middleware never decides.
 */
export const ROLES = ["admin", "editor", "analyst"] as const;
export type Role = (typeof ROLES)[number];

const TABLE = {
  /** Drafts, internal notes, editors' names in history. */
  "internal:read": ["admin", "editor", "analyst"],
  /** Create and change facts, sources and citations. */
  "data:write": ["admin", "editor"],
  /** Publish drafts, delete records. */
  "data:publish": ["admin", "editor"],
  /** Create share links and revoke one's own. */
  "shares:manage": ["admin", "editor"],
  /** See and revoke everyone's share links. */
  "shares:manage-all": ["admin"],
  /** Create users and change roles. */
  "users:manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof TABLE;

export type SessionUser = { id: string; name: string; email: string; role: Role };

export const ROLE_LABELS: Record<Role, { label: string; description: string }> = {
  admin: { label: "Admin", description: "Manages users; everything an editor can." },
  editor: {
    label: "Editor",
    description: "Creates and changes data, publishes drafts, hands out share links.",
  },
  analyst: {
    label: "Analyst",
    description: "Signed-in reader: sees drafts, internal notes and full history.",
  },
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(
  user: Pick<SessionUser, "role"> | null | undefined,
  permission: Permission,
): boolean {
  return !!user && (TABLE[permission] as readonly Role[]).includes(user.role);
}

export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
  }
}

/** Returns the user if they hold the permission; throws AuthError (401 or 403) otherwise. */
export function requirePermission(
  user: SessionUser | null | undefined,
  permission: Permission,
): SessionUser {
  if (!user) throw new AuthError(401, "Sign in to do this.");
  if (!can(user, permission))
    throw new AuthError(403, `Your role (${user.role}) does not allow this.`);
  return user;
}

/** Signed-in readers see drafts and internal notes; everyone else the published record. */
export function visibilityFor(
  user: Pick<SessionUser, "role"> | null | undefined,
): "internal" | "public" {
  return can(user, "internal:read") ? "internal" : "public";
}
