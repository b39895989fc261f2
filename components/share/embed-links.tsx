"use client";
import { useEffect } from "react";

/**
 * Links in an embed open in a new tab: inside the frame they would load pages that refuse
 * to be framed. Without JavaScript the `<base target>` does it; with it, client-side
 * navigation would ignore that, so each link gets its own target as it is clicked (before
 * Next's link handler looks at it).
 */
export function EmbedLinks() {
  useEffect(() => {
    const open = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!link || link.getAttribute("href")?.startsWith("#")) return;
      link.setAttribute("target", "_blank");
      link.setAttribute("rel", "noopener noreferrer");
    };
    document.addEventListener("click", open, true);
    return () => document.removeEventListener("click", open, true);
  }, []);
  return <base target="_blank" />;
}
