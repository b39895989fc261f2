"use client";

import { saveSourceAction } from "@/app/(editor)/edit/actions";
import { sourceSchema } from "@/lib/sources/schema";
import { Field, fieldProps, inputClass } from "./field";
import { FormShell, SubmitButton } from "./form-shell";
import { useValidatedAction } from "./use-validated-action";

export function SourceForm() {
  const { state, pending, formProps } = useValidatedAction(saveSourceAction, [sourceSchema]);
  const errors = state.fieldErrors;
  const value = (name: string) => String(state.values?.[name] ?? "");
  return (
    <form {...formProps} className="space-y-5">
      <FormShell state={state} actions={<SubmitButton pending={pending}>{pending ? "Saving…" : "Add source"}</SubmitButton>}>
        <Field name="title" label="Title" errors={errors?.title}>
          <input {...fieldProps("title", errors)} defaultValue={value("title")} className={inputClass} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="publisher" label="Publisher" errors={errors?.publisher}>
            <input {...fieldProps("publisher", errors)} defaultValue={value("publisher")} className={inputClass} />
          </Field>
          <Field name="publishedOn" label="Published" errors={errors?.publishedOn}>
            <input {...fieldProps("publishedOn", errors)} type="date" defaultValue={value("publishedOn")} className={inputClass} />
          </Field>
          <Field name="url" label="Web address" errors={errors?.url}>
            <input {...fieldProps("url", errors)} type="url" defaultValue={value("url")} className={inputClass} />
          </Field>
        </div>
        <Field name="text" label="Full text" errors={errors?.text} hint="Quotes cited from this source must appear in this text word for word.">
          <textarea {...fieldProps("text", errors)} rows={12} defaultValue={value("text")} className={inputClass} />
        </Field>
      </FormShell>
    </form>
  );
}
