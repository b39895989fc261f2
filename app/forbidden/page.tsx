import Link from "next/link";

export default function ForbiddenPage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-slate-500">Not allowed</p>
      <h1 className="mt-2 text-3xl font-semibold text-slate-900">Your role cannot do this</h1>
      <p className="mt-3 text-slate-600">
        Analysts can read everything, including drafts and history; editing needs an editor or admin
        account.
      </p>
      <p className="mt-6">
        <Link href="/">Back to the dashboard</Link>
      </p>
    </div>
  );
}
