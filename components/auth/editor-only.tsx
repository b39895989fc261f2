"use client";

import Link from "next/link";
import { useEffect, useState, type ReactNode } from "react";
import { can, isRole, type Permission, type Role } from "@/lib/auth/permissions";

/**
 * The signed-in role, asked of /api/auth/get-session from the browser, so public pages
 * stay the same for everyone (and cacheable) while editors still get their controls.
 * One request per page (all islands on it share it); a new page asks again, so signing
 * in or out shows at once.
 */
let asked: { page: string; role: Promise<Role | null> } | null = null;

function fetchRole(): Promise<Role | null> {
  const page = location.pathname + location.search;
  if (asked?.page !== page) {
    const role = fetch("/api/auth/get-session", { credentials: "same-origin", cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ user?: { role?: unknown } } | null>) : null))
      .then((body) => (isRole(body?.user?.role) ? body.user.role : null))
      .catch(() => null);
    asked = { page, role };
  }
  return asked.role;
}

/** The viewer's role: undefined while asking, null when signed out. */
export function useViewerRole(): Role | null | undefined {
  const [role, setRole] = useState<Role | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void fetchRole().then((r) => live && setRole(r));
    return () => {
      live = false;
    };
  }, []);
  return role;
}

/** Its children only for those who may edit data (editors and admins), or hold `permission`. */
export function EditorOnly({
  children,
  permission = "data:write",
}: {
  children: ReactNode;
  permission?: Permission;
}) {
  const role = useViewerRole();
  return can(role ? { role } : null, permission) ? <>{children}</> : null;
}

/** An Edit link shown to editors only. */
export function EditLink({
  href,
  children = "Edit",
  className,
}: {
  href: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <EditorOnly>
      <Link href={href} className={className}>
        {children}
      </Link>
    </EditorOnly>
  );
}
