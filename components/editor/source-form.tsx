"use client";

import type { FormAction } from "@/lib/forms/form-state";
import { sourceSchema } from "@/lib/sources/schema";
import { TextField } from "./field";
import { FormShell, SubmitButton } from "./form-shell";
import { useValidatedAction } from "./use-validated-action";

export function SourceForm({ action }: { action: FormAction }) {
  const { state, pending, formProps } = useValidatedAction(action, [sourceSchema]);
  const errors = state.fieldErrors;
  const value = (name: string) => String(state.values?.[name] ?? "");
  return (
    <form {...formProps} className="space-y-5">
      <FormShell state={state} actions={<SubmitButton pending={pending}>{pending ? "Saving…" : "Add source"}</SubmitButton>}>
        <TextField name="title" label="Title" errors={errors} value={value("title")} />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField name="publisher" label="Publisher" errors={errors} value={value("publisher")} />
          <TextField name="publishedOn" label="Publication date" hint="Empty when the source does not state it." errors={errors} value={value("publishedOn")} type="date" />
          <TextField name="url" label="Web address" errors={errors} value={value("url")} type="url" />
        </div>
        <TextField name="text" label="Full text" hint="Quotes cited from this source must appear in this text word for word." errors={errors} value={value("text")} rows={12} />
      </FormShell>
    </form>
  );
}
