"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** Shared and embedded views stand alone: no site navigation or account menu around them. */
export function SiteChrome({ children }: { children: ReactNode }) {
  const path = usePathname();
  if (path.startsWith("/s/") || path.startsWith("/embed/")) return null;
  return <>{children}</>;
}
