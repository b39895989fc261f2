import Link from "next/link";

export type Bar = { key: string; label: string; value: number; href: string };

/** Horizontal bars with their numbers; each bar links to what it counts. */
export function BarList({ bars, total }: { bars: Bar[]; total?: number }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="space-y-2">
      {bars.map((b) => (
        <li key={b.key}>
          <Link href={b.href} className="group block no-underline hover:no-underline">
            <div className="flex justify-between text-sm">
              <span className="text-slate-700 group-hover:text-blue-800 group-hover:underline">
                {b.label}
              </span>
              <span className="font-medium tabular-nums text-slate-900">
                {b.value.toLocaleString("en")}
                {total ? <span className="text-slate-500"> / {total}</span> : null}
              </span>
            </div>
            <div className="mt-1 h-2 rounded-full bg-slate-100">
              <div
                className="h-2 rounded-full bg-blue-700/80"
                style={{ width: `${(b.value / max) * 100}%` }}
              />
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
