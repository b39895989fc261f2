import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/visibility";
import { createAuth, type Auth } from "./config";
import {
  can,
  isRole,
  requirePermission,
  visibilityFor,
  type Permission,
  type SessionUser,
} from "./permissions";

const holder = globalThis as unknown as { guarantorAuth?: Auth };

/** The app's better-auth instance (made on first use, after settings are validated). */
export function auth(): Auth {
  holder.guarantorAuth ??= createAuth(db);
  return holder.guarantorAuth;
}

/** The signed-in user of this request, or null. Roles come from the database only. */
export const getViewer = cache(async (): Promise<SessionUser | null> => viewerOf(await headers()));

async function viewerOf(requestHeaders: Headers): Promise<SessionUser | null> {
  const session = await auth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email } = session.user;
  const role = (session.user as { role?: unknown }).role;
  return isRole(role) ? { id, name, email, role } : null;
}

/** What a route handler's caller may see, from the request itself; no cookie, no session lookup. */
export async function visibilityOfRequest(request: Request): Promise<Visibility> {
  if (!request.headers.get("cookie")) return "public";
  return visibilityFor(await viewerOf(request.headers));
}

/** What this request may see: drafts and internal notes need "internal:read". */
export async function getVisibility(): Promise<Visibility> {
  return visibilityFor(await getViewer());
}

/** For pages: sends anonymous visitors to sign in, and refuses roles without the permission. */
export async function requirePagePermission(
  permission: Permission,
  returnTo: string,
): Promise<SessionUser> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (!can(viewer, permission)) redirect(`/forbidden?need=${permission}`);
  return viewer;
}

/** For server actions and route handlers: the user, or an AuthError (401/403). */
export async function requireActionPermission(permission: Permission): Promise<SessionUser> {
  return requirePermission(await getViewer(), permission);
}
