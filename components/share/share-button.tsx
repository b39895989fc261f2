import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/server";

/** "Share" for editors and admins: opens the form that makes a read-only public link. */
export async function ShareButton({ query }: { query: Record<string, string> }) {
  if (!can(await getViewer(), "shares:manage")) return null;
  return (
    <Link
      href={`/shares/new?${new URLSearchParams(query).toString()}`}
      className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm text-slate-800 no-underline hover:bg-slate-50 hover:no-underline"
    >
      Share
    </Link>
  );
}
