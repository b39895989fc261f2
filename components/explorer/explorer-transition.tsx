"use client";
import {
  createContext,
  useContext,
  useTransition,
  type ReactNode,
  type TransitionStartFunction,
} from "react";

type Ctx = { isPending: boolean; startTransition: TransitionStartFunction };
const ExplorerTransition = createContext<Ctx | null>(null);

/**
 * One transition for every control of the explorer, so the table can say it is
 * updating while the server renders the new URL.
 */
export function ExplorerTransitionProvider({ children }: { children: ReactNode }) {
  const [isPending, startTransition] = useTransition();
  return (
    <ExplorerTransition.Provider value={{ isPending, startTransition }}>
      {children}
    </ExplorerTransition.Provider>
  );
}

export function useExplorerTransition(): Ctx {
  const ctx = useContext(ExplorerTransition);
  if (!ctx) throw new Error("useExplorerTransition outside ExplorerTransitionProvider");
  return ctx;
}

/** Marks its content busy while the explorer's URL is being rendered. */
export function ExplorerBusy({
  children,
  className = "",
}: {
  children: ReactNode;
  className?: string;
}) {
  const { isPending } = useExplorerTransition();
  return (
    <div
      aria-busy={isPending}
      className={`${className} transition-opacity ${isPending ? "opacity-60" : ""}`}
    >
      {children}
    </div>
  );
}
