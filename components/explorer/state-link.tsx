"use client";
import { useQueryStates } from "nuqs";
import type { ReactNode } from "react";
import { useExplorerTransition } from "@/components/explorer/explorer-transition";
import { explorerHref, explorerParsers, type ExplorerState } from "@/lib/pledges/explorer-params";

type Patch = Partial<{ [K in keyof ExplorerState]: ExplorerState[K] | null }>;

/**
 * A real link to the explorer's next state (it works without JavaScript, and opens in
 * a new tab); a plain click updates the URL in place and renders the change.
 */
export function StateLink({
  patch,
  children,
  className,
  ...aria
}: {
  patch: Patch;
  children: ReactNode;
  className?: string;
  "aria-label"?: string;
  "aria-current"?: "page";
}) {
  const { startTransition } = useExplorerTransition();
  const [state, setState] = useQueryStates(explorerParsers, {
    shallow: false,
    history: "push",
    startTransition,
    scroll: false,
  });
  return (
    <a
      href={explorerHref(state, patch)}
      className={className}
      {...aria}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        void setState(patch);
      }}
    >
      {children}
    </a>
  );
}
