import type { ReactNode } from "react";

export type BadgeTone = "green" | "blue" | "amber" | "red" | "gray" | "violet";

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
      // Short class names (app/globals.css): a badge repeats on every card, in the HTML and
      // again in the RSC payload.
      className={`badge badge-${tone}`}
    >
      {children}
    </span>
  );
}
