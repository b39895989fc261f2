"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A "Menu" button that unfolds its children in a panel under the header. It is a
 * <details>/<summary>, so it opens without JavaScript and screen readers announce it as
 * an expandable button; with JavaScript it also closes on Escape, on a click outside,
 * and after following a link in it (client-side navigation keeps the layout mounted).
 * The nearest positioned ancestor (the header) sets the panel's width.
 */
export function MenuButton({
  label = "Menu",
  className = "",
  children,
}: {
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      const details = ref.current;
      if (details?.open && !details.contains(e.target as Node)) details.open = false;
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, []);

  return (
    <details
      ref={ref}
      className={`group ${className}`}
      onKeyDown={(e) => {
        if (e.key === "Escape" && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector("summary")?.focus();
        }
      }}
      onClick={(e) => {
        if ((e.target as Element).closest("a") && ref.current) ref.current.open = false;
      }}
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-100 ring-1 ring-slate-600 select-none ring-inset hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        <svg
          aria-hidden
          viewBox="0 0 20 20"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
        >
          <path className="group-open:hidden" d="M3 5.5h14M3 10h14M3 14.5h14" />
          <path className="hidden group-open:block" d="M5 5l10 10M15 5L5 15" />
        </svg>
        {label}
      </summary>
      <div className="absolute inset-x-0 top-full z-30 border-t border-slate-700 bg-slate-900 px-4 pt-2 pb-4 shadow-lg">
        {children}
      </div>
    </details>
  );
}
