"use client";

import { saveFigureAction } from "@/app/(editor)/edit/actions";
import { figureSchema } from "@/lib/figures/schema";
import { justificationSchema } from "@/lib/history/justification-schema";
import { EditIdentity, Field, fieldProps, inputClass } from "./field";
import { FormShell, SubmitButton } from "./form-shell";
import { JustificationFields, type SourceOption } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

/** A headline figure: the number, its qualifier ("more than"), unit and what it counts. */
export function FigureForm({ id, version, values, sources }: { id: string; version: number; values: Record<string, string>; sources: SourceOption[] }) {
  const { state, pending, formProps, errors, value } = useEditForm(saveFigureAction, [figureSchema, justificationSchema], values);
  return (
    <form {...formProps} className="space-y-5">
      <EditIdentity value={id} version={version} />
      <FormShell state={state} actions={<SubmitButton pending={pending}>{pending ? "Saving…" : "Save figure"}</SubmitButton>}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="qualifier" label="Qualifier" errors={errors?.qualifier} hint="e.g. “more than”; empty when exact">
            <input {...fieldProps("qualifier", errors)} defaultValue={value("qualifier")} className={inputClass} />
          </Field>
          <Field name="value" label="Number" errors={errors?.value}>
            <input {...fieldProps("value", errors)} inputMode="decimal" defaultValue={value("value")} className={inputClass} />
          </Field>
          <Field name="unit" label="Unit" errors={errors?.unit}>
            <input {...fieldProps("unit", errors)} defaultValue={value("unit")} className={inputClass} />
          </Field>
        </div>
        <Field name="label" label="What it counts" errors={errors?.label}>
          <input {...fieldProps("label", errors)} defaultValue={value("label")} className={inputClass} />
        </Field>
        <JustificationFields sources={sources} state={state} />
      </FormShell>
    </form>
  );
}
