"use client";

import { useEffect, useRef } from "react";

export type Option = { value: string; label: string; title?: string };

/** Lists longer than this scroll in a box (at scale); shorter ones show every option. */
const SCROLL_AFTER = 10;

/** A fieldset of checkboxes for a multi-value filter; a plain GET form submits it as repeated keys. */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  onChange,
  scroll = false,
}: {
  legend: string;
  name: string;
  options: Option[];
  selected: string[];
  onChange: (next: string[]) => void;
  scroll?: boolean;
}) {
  const scrolls = scroll && options.length > SCROLL_AFTER;
  const box = useRef<HTMLDivElement>(null);
  // A ticked option below the box's fold would be invisible: bring the first one into
  // view when the page opens (not on each tick, which would move the list under the pointer).
  useEffect(() => {
    const el = box.current;
    const ticked = el?.querySelector<HTMLElement>("label:has(input:checked)");
    if (el && ticked && ticked.offsetTop + ticked.offsetHeight > el.clientHeight)
      el.scrollTop = ticked.offsetTop - 4;
  }, []);
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {legend}
        {selected.length > 0 && (
          <span className="ml-1 font-normal normal-case">({selected.length})</span>
        )}
      </legend>
      <div
        ref={box}
        className={`relative space-y-0.5 ${scrolls ? "max-h-52 overflow-y-auto rounded-md p-1 ring-1 ring-slate-200 ring-inset" : ""}`}
      >
        {options.map((o) => (
          <label
            key={o.value}
            title={o.title}
            className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm text-slate-700 hover:bg-slate-100"
          >
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value),
                )
              }
              className="mt-0.5 h-4 w-4 shrink-0 accent-slate-900"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
