"use client";

import { saveConditionAction } from "@/app/(editor)/edit/actions";
import { conditionSchema } from "@/lib/conditions/schema";
import { justificationSchema } from "@/lib/history/justification-schema";
import { CONDITION_CATEGORIES, CONDITION_STATUSES } from "@/lib/labels";
import { EditIdentity, Field, MeaningSelect, fieldProps, inputClass } from "./field";
import { FormShell, SaveButtons } from "./form-shell";
import { JustificationFields, type SourceOption } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

export function ConditionForm({ slug, version, values, sources }: { slug?: string; version?: number; values: Record<string, string>; sources: SourceOption[] }) {
  const { state, pending, formProps, errors, value } = useEditForm(saveConditionAction, [conditionSchema, justificationSchema], values);
  return (
    <form {...formProps} className="space-y-5">
      <EditIdentity name="slug" value={slug} version={version} />
      <FormShell
        state={state}
        actions={<SaveButtons editing={!!slug} pending={pending} />}
      >
        <Field name="name" label="Name" errors={errors?.name}>
          <input {...fieldProps("name", errors)} defaultValue={value("name")} className={inputClass} />
        </Field>
        <Field name="description" label="Description" errors={errors?.description}>
          <textarea {...fieldProps("description", errors)} rows={2} defaultValue={value("description")} className={inputClass} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <MeaningSelect name="category" label="Category" table={CONDITION_CATEGORIES} value={value("category")} errors={errors} />
          <MeaningSelect name="status" label="Status" table={CONDITION_STATUSES} value={value("status")} errors={errors} />
        </div>
        <Field name="evidence" label="Evidence for the status" errors={errors?.evidence}>
          <textarea {...fieldProps("evidence", errors)} rows={3} defaultValue={value("evidence")} className={inputClass} />
        </Field>
        <Field name="internalNote" label="Internal note" errors={errors?.internalNote} hint="Signed-in users only.">
          <textarea {...fieldProps("internalNote", errors)} rows={2} defaultValue={value("internalNote")} className={inputClass} />
        </Field>
        <JustificationFields sources={sources} state={state} />
      </FormShell>
    </form>
  );
}
