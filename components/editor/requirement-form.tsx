"use client";

import type { FormAction } from "@/lib/forms/form-state";
import { justificationSchemaFor } from "@/lib/changes/justification-schema";
import { DOMAINS } from "@/lib/labels";
import { requirementSchema } from "@/lib/requirements/schema";
import { EditIdentity, MeaningSelect, TextField } from "./field";
import { FormShell, SubmitButton } from "./form-shell";
import { JustificationFields, type SourceOption } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

export function RequirementForm({
  action,
  id,
  version,
  values,
  sources,
}: {
  action: FormAction;
  id?: string;
  version?: number;
  values: Record<string, string>;
  sources: SourceOption[];
}) {
  const { state, pending, formProps, errors, value } = useEditForm(
    action,
    [requirementSchema, justificationSchemaFor(!id)],
    values,
  );
  return (
    <form {...formProps} className="space-y-5">
      <EditIdentity value={id} version={version} />
      <FormShell
        state={state}
        actions={
          <SubmitButton pending={pending}>
            {pending ? "Saving…" : id ? "Save changes" : "Record need"}
          </SubmitButton>
        }
      >
        <MeaningSelect
          name="domain"
          label="Domain"
          table={DOMAINS}
          value={value("domain")}
          errors={errors}
        />
        <TextField
          name="description"
          label="What is needed"
          errors={errors}
          value={value("description")}
          rows={2}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="quantity"
            label="Quantity"
            hint="Empty = undisclosed"
            errors={errors}
            value={value("quantity")}
            inputMode="decimal"
          />
          <TextField name="unit" label="Unit" errors={errors} value={value("unit")} />
        </div>
        <JustificationFields sources={sources} state={state} newFact={!id} />
      </FormShell>
    </form>
  );
}
