import Link from "next/link";
import { EditorOnly } from "@/components/auth/editor-only";

/**
 * "Share" for editors and admins: opens the form that makes a read-only public link.
 * A client island (it asks the browser's session), so the page around it stays the same
 * for every reader and can be cached.
 */
export function ShareButton({ query }: { query: Record<string, string> }) {
  return (
    <EditorOnly permission="shares:manage">
      <Link
        href={`/shares/new?${new URLSearchParams(query).toString()}`}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm text-slate-800 no-underline hover:bg-slate-50 hover:no-underline"
      >
        Share
      </Link>
    </EditorOnly>
  );
}
