import Link from "next/link";
import { getViewer } from "@/lib/auth/server";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { reviewRequired } from "@/lib/changes/review";

export async function UserMenu({ signOut }: { signOut: () => Promise<void> }) {
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <Link href="/sign-in" className="text-sm text-slate-300 no-underline hover:text-white">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      {can(viewer, "shares:manage") && (
        <Link href="/shares" className="text-slate-300 no-underline hover:text-white">
          Share links
        </Link>
      )}
      {can(viewer, "data:publish") && reviewRequired() && (
        <Link href="/review" className="text-slate-300 no-underline hover:text-white">
          Review
        </Link>
      )}
      {can(viewer, "users:manage") && (
        <Link href="/admin/users" className="text-slate-300 no-underline hover:text-white">
          Users
        </Link>
      )}
      <span className="text-slate-300">
        {viewer.name}{" "}
        <span className="rounded bg-slate-700 px-1.5 py-0.5 text-xs text-slate-100">
          {ROLE_LABELS[viewer.role].label}
        </span>
      </span>
      <form action={signOut}>
        <button
          type="submit"
          className="text-slate-300 underline-offset-2 hover:text-white hover:underline"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}
