"use client";

import { usePathname } from "next/navigation";
import type { FormAction } from "@/lib/forms/form-state";
import { removeCitationSchema } from "@/lib/citations/schema";
import { inputClass } from "./field";
import { ConfirmButton } from "./confirm-button";
import { useValidatedAction } from "./use-validated-action";

/** "Remove" for one quote, with the reason it asks for; errors beside the field, input kept. */
export function RemoveCitationForm({
  action,
  citationId,
}: {
  action: FormAction;
  citationId: string;
}) {
  const { state, pending, formProps, check } = useValidatedAction(action, [removeCitationSchema]);
  const id = `remove-reason-${citationId}`;
  const error = state.fieldErrors?.reason?.[0];
  const here = usePathname();
  return (
    <form {...formProps} className="mt-2 space-y-2">
      <input type="hidden" name="citationId" value={citationId} />
      {state.message && !error && (
        <p className="rounded-md bg-rose-50 p-2 text-sm text-rose-800" role="alert">
          {state.message}
        </p>
      )}
      <div className="flex flex-wrap items-start gap-2">
        <label htmlFor={id} className="sr-only">
          Why remove this quote
        </label>
        <input
          id={id}
          name="reason"
          placeholder="Why remove it (required)"
          defaultValue={String(state.values?.reason ?? "")}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${inputClass} min-w-0 flex-1`}
        />
        <ConfirmButton
          intent="remove"
          label={pending ? "Removing…" : "Remove quote"}
          question="Remove this quote from the fact? Its history keeps it."
          confirmLabel="Remove quote"
          state={state}
          pending={pending}
          cancelHref={here}
          check={check}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-rose-700" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
