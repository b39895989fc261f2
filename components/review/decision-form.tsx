"use client";

import { useActionState } from "react";
import { Field, fieldProps, inputClass } from "@/components/editor/field";
import { FormShell, SubmitButton } from "@/components/editor/form-shell";
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms/form-state";

/** Approve or reject a proposal; a rejection says why (the proposer reads it). */
export function DecisionForm({ decide, id }: { decide: FormAction; id: string }) {
  const [state, action, pending] = useActionState(decide, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <FormShell
        state={state}
        actions={
          <>
            <SubmitButton pending={pending} name="decision" value="approve">
              Approve and publish
            </SubmitButton>
            <SubmitButton pending={pending} name="decision" value="reject" secondary>
              Reject
            </SubmitButton>
          </>
        }
      >
        <Field
          name="reason"
          label="Note"
          hint="Optional when approving; required when rejecting."
          errors={state.fieldErrors?.reason}
        >
          <input
            {...fieldProps("reason", state.fieldErrors)}
            defaultValue={String(state.values?.reason ?? "")}
            className={inputClass}
          />
        </Field>
      </FormShell>
    </form>
  );
}
