"use client";

import { useId, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state";

const BUTTON =
  "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60";
const DANGER =
  "rounded-md bg-rose-700 px-4 py-2 text-sm font-medium text-white hover:bg-rose-800 disabled:opacity-60";

/**
 * A submit button for a step that cannot be undone: it asks first. With JavaScript, a
 * native <dialog> (focus moves into it, Escape cancels); without, the form posts its
 * `intent`, the action answers `state.confirm` (lib/forms/form-data.ts `unconfirmed`),
 * and the question is shown in the page with the same confirm button. Either way only a
 * post carrying `confirm=<intent>` goes through.
 */
export function ConfirmButton({
  intent,
  label,
  question,
  confirmLabel,
  state,
  pending,
  cancelHref,
  check,
}: {
  intent: string;
  label: string;
  question: string;
  confirmLabel: string;
  state: FormState;
  pending: boolean;
  /** Where "Cancel" goes on the page-step (without JavaScript): usually the page itself. */
  cancelHref: string;
  /** The form's own validation, run before asking (errors show beside fields instead). */
  check?: (form: HTMLFormElement) => boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const confirm = (
    <button
      type="submit"
      name="confirm"
      value={intent}
      disabled={pending}
      className={DANGER}
      onClick={() => dialog.current?.close()}
    >
      {confirmLabel}
    </button>
  );
  if (state.confirm?.intent === intent) {
    return (
      <div
        role="alert"
        className="w-full space-y-2 rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900"
      >
        <p className="font-medium">{state.confirm.question}</p>
        <div className="flex flex-wrap items-center gap-3">
          {confirm}
          <a href={cancelHref} className="text-slate-800">
            Cancel
          </a>
        </div>
      </div>
    );
  }
  return (
    <>
      <button
        type="submit"
        name="intent"
        value={intent}
        disabled={pending}
        className={BUTTON}
        onClick={(e) => {
          if (typeof dialog.current?.showModal !== "function") return;
          e.preventDefault();
          const form = e.currentTarget.form;
          if (check && form && !check(form)) return;
          dialog.current.showModal();
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-q`}
        className="m-auto max-w-md rounded-lg border border-slate-200 p-5 shadow-xl backdrop:bg-slate-900/40"
      >
        <p id={`${id}-q`} className="font-medium text-slate-900">
          {question}
        </p>
        <div className="mt-4 flex justify-end gap-3">
          <button
            type="button"
            autoFocus
            className={BUTTON}
            onClick={() => dialog.current?.close()}
          >
            Cancel
          </button>
          {confirm}
        </div>
      </dialog>
    </>
  );
}
