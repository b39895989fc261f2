import Link from "next/link";

export type Chip = { label: string; href: string; active: boolean };

/** A row of link-based filters: works without JavaScript and keeps state in the URL. */
export function FilterChips({ label, chips }: { label: string; chips: Chip[] }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={label}>
      <span className="text-slate-500">{label}:</span>
      {chips.map((c) => (
        <Link
          key={c.href}
          href={c.href}
          aria-current={c.active ? "true" : undefined}
          className={`rounded-full px-3 py-1 no-underline ring-1 ring-inset hover:no-underline ${
            c.active
              ? "bg-slate-900 text-white ring-slate-900"
              : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-100"
          }`}
        >
          {c.label}
        </Link>
      ))}
    </div>
  );
}
