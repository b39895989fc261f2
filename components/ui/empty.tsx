import type { ReactNode } from "react";

export function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-500">
      {children}
    </p>
  );
}
