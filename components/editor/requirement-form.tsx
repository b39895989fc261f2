"use client";

import { saveRequirementAction } from "@/app/(editor)/edit/actions";
import { justificationSchema } from "@/lib/history/justification-schema";
import { DOMAINS } from "@/lib/labels";
import { requirementSchema } from "@/lib/requirements/schema";
import { EditIdentity, Field, MeaningSelect, fieldProps, inputClass } from "./field";
import { FormShell, SubmitButton } from "./form-shell";
import { JustificationFields, type SourceOption } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

export function RequirementForm({ id, version, values, sources }: { id?: string; version?: number; values: Record<string, string>; sources: SourceOption[] }) {
  const { state, pending, formProps, errors, value } = useEditForm(saveRequirementAction, [requirementSchema, justificationSchema], values);
  return (
    <form {...formProps} className="space-y-5">
      <EditIdentity value={id} version={version} />
      <FormShell state={state} actions={<SubmitButton pending={pending}>{pending ? "Saving…" : id ? "Save changes" : "Record need"}</SubmitButton>}>
        <MeaningSelect name="domain" label="Domain" table={DOMAINS} value={value("domain")} errors={errors} />
        <Field name="description" label="What is needed" errors={errors?.description}>
          <textarea {...fieldProps("description", errors)} rows={2} defaultValue={value("description")} className={inputClass} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="quantity" label="Quantity" errors={errors?.quantity} hint="Empty = undisclosed">
            <input {...fieldProps("quantity", errors)} inputMode="decimal" defaultValue={value("quantity")} className={inputClass} />
          </Field>
          <Field name="unit" label="Unit" errors={errors?.unit}>
            <input {...fieldProps("unit", errors)} defaultValue={value("unit")} className={inputClass} />
          </Field>
        </div>
        <JustificationFields sources={sources} state={state} />
      </FormShell>
    </form>
  );
}
