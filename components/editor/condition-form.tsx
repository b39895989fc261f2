"use client";

import type { FormAction } from "@/lib/forms/form-state";
import { conditionSchema } from "@/lib/conditions/schema";
import { justificationSchemaFor } from "@/lib/changes/justification-schema";
import { CONDITION_CATEGORIES, CONDITION_STATUSES } from "@/lib/labels";
import { EditIdentity, InternalNoteField, MeaningSelect, TextField } from "./field";
import { FormShell, SaveButtons } from "./form-shell";
import { JustificationFields, type SourceOption } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

export function ConditionForm({
  action,
  slug,
  version,
  values,
  sources,
}: {
  action: FormAction;
  slug?: string;
  version?: number;
  values: Record<string, string>;
  sources: SourceOption[];
}) {
  const { state, pending, formProps, errors, value } = useEditForm(
    action,
    [conditionSchema, justificationSchemaFor(!slug)],
    values,
  );
  return (
    <form {...formProps} className="space-y-5">
      <EditIdentity name="slug" value={slug} version={version} />
      <FormShell state={state} actions={<SaveButtons editing={!!slug} pending={pending} />}>
        <TextField name="name" label="Name" errors={errors} value={value("name")} />
        <TextField
          name="description"
          label="Description"
          errors={errors}
          value={value("description")}
          rows={2}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <MeaningSelect
            name="category"
            label="Category"
            table={CONDITION_CATEGORIES}
            value={value("category")}
            errors={errors}
          />
          <MeaningSelect
            name="status"
            label="Status"
            table={CONDITION_STATUSES}
            value={value("status")}
            errors={errors}
          />
        </div>
        <TextField
          name="evidence"
          label="Evidence for the status"
          errors={errors}
          value={value("evidence")}
          rows={3}
        />
        <InternalNoteField errors={errors} value={value("internalNote")} />
        <JustificationFields sources={sources} state={state} newFact={!slug} values={values} />
      </FormShell>
    </form>
  );
}
