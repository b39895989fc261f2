import type { ReactNode } from "react";

export type BadgeTone = "green" | "blue" | "amber" | "red" | "gray" | "violet";

const TONES: Record<BadgeTone, string> = {
  green: "bg-emerald-50 text-emerald-800 ring-emerald-600/25",
  blue: "bg-sky-50 text-sky-800 ring-sky-600/25",
  amber: "bg-amber-50 text-amber-900 ring-amber-600/30",
  red: "bg-rose-50 text-rose-800 ring-rose-600/25",
  gray: "bg-slate-100 text-slate-700 ring-slate-500/25",
  violet: "bg-violet-50 text-violet-800 ring-violet-600/25",
};

export function Badge({
  tone = "gray",
  title,
  children,
}: {
  tone?: BadgeTone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span
      title={title}
      className={`inline-flex items-center whitespace-nowrap rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
