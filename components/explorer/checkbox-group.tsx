"use client";

export type Option = { value: string; label: string; title?: string };

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
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {legend}
        {selected.length > 0 && (
          <span className="ml-1 font-normal normal-case">({selected.length})</span>
        )}
      </legend>
      <div className={`space-y-0.5 ${scroll ? "max-h-44 overflow-y-auto pr-1" : ""}`}>
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
