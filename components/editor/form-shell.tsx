import type { ReactNode } from "react";
import { ConflictNotice } from "./conflict-notice";
import { FieldError } from "./field";
import type { FormState } from "@/lib/forms/form-state";

/** The frame every editing form shares: message or conflict on top, buttons below. */
export function FormShell({
  state,
  children,
  actions,
}: {
  state: FormState;
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div className="space-y-5">
      {state.conflict ? (
        <ConflictNotice conflict={state.conflict} message={state.message} />
      ) : (
        state.message && (
          <p className="rounded-md bg-rose-50 p-3 text-sm text-rose-800" role="alert">
            {state.message}
          </p>
        )
      )}
      {children}
      <div className="flex flex-wrap gap-3">{actions}</div>
    </div>
  );
}

export function SubmitButton({
  children,
  pending,
  name,
  value,
  secondary = false,
}: {
  children: ReactNode;
  pending: boolean;
  name?: string;
  value?: string;
  secondary?: boolean;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className={
        secondary
          ? "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
          : "rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
      }
    >
      {children}
    </button>
  );
}

/** "Save changes" for an existing record; "Publish" or "Save as draft" for a new one. */
export function SaveButtons({ editing, pending }: { editing: boolean; pending: boolean }) {
  if (editing)
    return <SubmitButton pending={pending}>{pending ? "Saving…" : "Save changes"}</SubmitButton>;
  return (
    <>
      <SubmitButton pending={pending} name="intent" value="publish">
        Publish
      </SubmitButton>
      <SubmitButton pending={pending} name="intent" value="draft" secondary>
        Save as draft
      </SubmitButton>
    </>
  );
}

/** A scrollable set of checkboxes sending `name` once per ticked value. */
export function CheckboxList({
  name,
  legend,
  items,
  chosen,
  error,
}: {
  name: string;
  legend: string;
  items: { value: string; label: ReactNode }[];
  chosen: Set<string>;
  error?: string;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-2 max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
        {items.map((item) => (
          <label key={item.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={item.value}
              defaultChecked={chosen.has(item.value)}
            />{" "}
            {item.label}
          </label>
        ))}
      </div>
      <FieldError error={error} className="mt-1" />
    </fieldset>
  );
}
