"use client";

import { useActionState } from "react";
import { Field, fieldProps, inputClass } from "@/components/editor/field";
import { SubmitButton } from "@/components/editor/form-shell";
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms/form-state";

export function PublishReleaseForm({
  publish,
  suggested,
}: {
  publish: FormAction;
  suggested: string;
}) {
  const [state, action, pending] = useActionState(publish, INITIAL_FORM_STATE);
  const errors = state.fieldErrors;
  const value = (name: string, fallback: string) => String(state.values?.[name] ?? fallback);
  return (
    <form action={action} noValidate className="space-y-4">
      {state.message && !errors?.version && (
        <p className="rounded-md bg-rose-50 p-3 text-sm text-rose-800" role="alert">
          {state.message}
        </p>
      )}
      <Field
        name="version"
        label="Release number"
        errors={errors?.version}
        hint={`MAJOR.MINOR.PATCH. Suggested from the changes: ${suggested}.`}
      >
        <input
          {...fieldProps("version", errors)}
          defaultValue={value("version", suggested)}
          className={`${inputClass} max-w-40 font-mono`}
        />
      </Field>
      <Field
        name="note"
        label="Note"
        errors={errors?.note}
        hint="A sentence or two: what this release is, for the release page and the data package."
      >
        <textarea
          {...fieldProps("note", errors)}
          rows={3}
          defaultValue={value("note", "")}
          className={inputClass}
        />
      </Field>
      <SubmitButton pending={pending}>Publish release</SubmitButton>
    </form>
  );
}
