"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import {
  parseSavedNotice,
  SAVED_COOKIE,
  type SavedNotice as Notice,
} from "@/lib/editor/saved-cookie";

function readCookie(): string | undefined {
  const entry = document.cookie.split("; ").find((c) => c.startsWith(`${SAVED_COOKIE}=`));
  return entry ? decodeURIComponent(entry.slice(SAVED_COOKIE.length + 1)) : undefined;
}

/** "Saved", once, on the page of the record just saved (see lib/editor/saved.ts). */
export function SavedNotice() {
  const pathname = usePathname();
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    const found = parseSavedNotice(readCookie());
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the cookie is only readable after hydration
    setNotice(found?.path === pathname ? found : null);
    if (found?.path === pathname) document.cookie = `${SAVED_COOKIE}=; Max-Age=0; path=/`;
  }, [pathname]);
  if (!notice) return null;
  return (
    <div
      role="status"
      className="mb-6 flex flex-wrap items-center gap-3 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900"
    >
      <strong>Saved.</strong>
      {notice.history && <Link href={notice.history}>See its history</Link>}
      <button
        type="button"
        onClick={() => setNotice(null)}
        className="ml-auto text-emerald-900 underline-offset-2 hover:underline"
      >
        Dismiss
      </button>
    </div>
  );
}
