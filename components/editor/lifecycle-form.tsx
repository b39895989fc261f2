"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { FormShell, SubmitButton } from "./form-shell";
import { Field, fieldProps, inputClass } from "./field";

/** Publish a draft or delete a record; a reason is asked like for any change. */
export function LifecycleForm({
  action,
  id,
  version,
  canPublish,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  id: string;
  version: number;
  canPublish: boolean;
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
            <SubmitButton pending={pending} name="intent" value="delete" secondary>Delete</SubmitButton>
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
