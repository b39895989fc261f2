"use client";
import { useRef, useState, type ReactNode } from "react";

type Tip = { name: string; detail: string; x: number; y: number };

/**
 * The map's tooltip: shown for the country under the pointer or holding keyboard
 * focus, read from the link's data attributes (one listener for the whole map).
 */
export function MapInteractions({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const show = (target: EventTarget | null, at?: { x: number; y: number }) => {
    const link = target instanceof Element ? target.closest<SVGAElement>("a[data-name]") : null;
    if (!link || !box.current) return setTip(null);
    const frame = box.current.getBoundingClientRect();
    const shape = link.getBoundingClientRect();
    const point = at ?? { x: shape.left + shape.width / 2, y: shape.top + shape.height / 2 };
    // Kept inside the map so it never hangs over the edge.
    const x = Math.min(Math.max(point.x - frame.left, 130), Math.max(130, frame.width - 130));
    setTip({
      name: link.dataset.name ?? "",
      detail: link.dataset.detail ?? "",
      x,
      y: Math.max(point.y - frame.top, 70),
    });
  };

  return (
    <div
      ref={box}
      className="relative"
      onPointerMove={(e) => show(e.target, { x: e.clientX, y: e.clientY })}
      onPointerLeave={() => setTip(null)}
      onFocus={(e) => show(e.target)}
      onBlur={() => setTip(null)}
    >
      {children}
      {tip && (
        <div
          role="tooltip"
          className="pointer-events-none absolute z-10 w-max max-w-64 -translate-x-1/2 -translate-y-[calc(100%+10px)] rounded-md bg-slate-900 px-2.5 py-1.5 text-xs text-white shadow-lg"
          style={{ left: tip.x, top: tip.y }}
        >
          <div className="font-semibold">{tip.name}</div>
          <div className="text-slate-200">{tip.detail}</div>
          <div className="mt-0.5 text-slate-500">Click or press Enter for the country page</div>
        </div>
      )}
    </div>
  );
}
