/**
 * The only better-auth endpoints reachable over HTTP (/api/auth/...). Signing in and
 * out go through the sign-in page's server actions and pages read the session on the
 * server, so nothing else is needed: profile updates, password and email changes,
 * sign-up, account and session listing and the admin plugin's endpoints (roles,
 * impersonation) all answer 404. An allowlist, so an endpoint a better-auth upgrade
 * adds stays closed until someone chooses to open it.
 */
const OPEN = new Set(["GET /get-session", "POST /sign-in/email", "POST /sign-out"]);

export function isOpenAuthEndpoint(method: string, pathname: string): boolean {
  return OPEN.has(`${method.toUpperCase()} ${pathname.replace(/^\/api\/auth(?=\/)/, "")}`);
}
