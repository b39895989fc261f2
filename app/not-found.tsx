import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-slate-500">404</p>
      <h1 className="mt-2 text-3xl font-semibold text-slate-900">Not found</h1>
      <p className="mt-3 text-slate-600">
        There is no page here. The country code, condition or source may be wrong, or it was never
        recorded.
      </p>
      <p className="mt-6">
        <Link href="/">Back to the dashboard</Link> · <Link href="/countries">All countries</Link>
      </p>
    </div>
  );
}
