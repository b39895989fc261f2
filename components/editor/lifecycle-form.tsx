"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { FormShell, SubmitButton } from "./form-shell";
import { inputClass } from "./field";
import { ConfirmButton } from "./confirm-button";

/** Publish a draft or delete a record (after asking again); a reason is asked like for any change. */
export function LifecycleForm({
  action,
  id,
  version,
  canPublish,
  what,
  editHref,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  id: string;
  version: number;
  canPublish: boolean;
  /** "pledge", "event": named in the confirmation. */
  what: string;
  /** This edit page, where "Cancel" returns without JavaScript. */
  editHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const reasonError = state.fieldErrors?.reason?.[0];
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormShell
        state={state}
        actions={
          <>
            {canPublish && (
              <SubmitButton pending={pending} name="intent" value="publish">
                Publish
              </SubmitButton>
            )}
            <ConfirmButton
              intent="delete"
              label="Delete"
              question={`Delete this ${what}? It leaves every page; its history stays.`}
              confirmLabel={`Delete ${what}`}
              state={state}
              pending={pending}
              cancelHref={editHref}
            />
          </>
        }
      >
        {/* Its own id: the edit form above already has a field with id "reason". */}
        <div className="space-y-1">
          <label htmlFor="lifecycle-reason" className="block text-sm font-medium text-slate-800">
            {canPublish ? "Why publish or delete it" : "Why delete it"}
          </label>
          <input
            id="lifecycle-reason"
            name="reason"
            aria-invalid={!!reasonError}
            aria-describedby={reasonError ? "lifecycle-reason-error" : undefined}
            defaultValue={String(state.values?.reason ?? "")}
            className={inputClass}
          />
          {reasonError && (
            <p id="lifecycle-reason-error" className="text-sm text-rose-700" role="alert">
              {reasonError}
            </p>
          )}
        </div>
      </FormShell>
    </form>
  );
}
