/** What an unknown, revoked or expired share token shows (the same for all three, on purpose). */
export function LinkInactive() {
  return (
    <div className="mx-auto max-w-xl py-20 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">This link is no longer active</h1>
      <p className="mt-3 text-slate-600">
        It may have expired or been revoked. Ask whoever sent it for a new one.
      </p>
    </div>
  );
}
