"use client";

import { useActionState } from "react";
import type { FormState } from "./form-state";
import { INITIAL_FORM_STATE } from "./form-state";
import { FormShell, SubmitButton } from "./form-shell";
import { Field, fieldProps, inputClass } from "./field";
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
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormShell
        state={state}
        actions={
          <>
            {canPublish && <SubmitButton pending={pending} name="intent" value="publish">Publish</SubmitButton>}
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
        <Field name="reason" label="Reason" errors={state.fieldErrors?.reason}>
          <input {...fieldProps("reason", state.fieldErrors)} defaultValue={String(state.values?.reason ?? "")} className={inputClass} />
        </Field>
      </FormShell>
    </form>
  );
}
