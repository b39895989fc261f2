import type { ReactNode } from "react";

export function PageHeader({
  eyebrow,
  title,
  children,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="mb-8">
      {eyebrow && <div className="mb-1 text-sm font-medium text-slate-500">{eyebrow}</div>}
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
      {children && <div className="mt-3 max-w-3xl text-slate-600">{children}</div>}
    </div>
  );
}
