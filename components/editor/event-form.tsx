"use client";

import type { FormAction } from "@/lib/forms/form-state";
import { eventSchema } from "@/lib/events/schema";
import { justificationSchemaFor } from "@/lib/changes/justification-schema";
import { EVENT_KINDS } from "@/lib/labels";
import type { EditorOptions } from "@/lib/editor/options";
import { EditIdentity, InternalNoteField, MeaningSelect, TextField } from "./field";
import { CheckboxList, FormShell, SaveButtons } from "./form-shell";
import { JustificationFields } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

const MULTI = ["countryCodes", "conditionSlugs"];

export function EventForm({
  action,
  id,
  version,
  values,
  options,
}: {
  action: FormAction;
  id?: string;
  version?: number;
  values: Record<string, string | string[]>;
  options: EditorOptions;
}) {
  const { state, pending, formProps, errors, value, chosen } = useEditForm(
    action,
    [eventSchema, justificationSchemaFor(!id)],
    values,
    MULTI,
  );
  return (
    <form {...formProps} className="space-y-5">
      <EditIdentity value={id} version={version} />
      <FormShell state={state} actions={<SaveButtons editing={!!id} pending={pending} />}>
        <div className="grid gap-4 sm:grid-cols-3">
          <MeaningSelect
            name="kind"
            label="Kind"
            table={EVENT_KINDS}
            value={value("kind")}
            errors={errors}
          />
          <TextField
            name="occurredOn"
            label="Date"
            hint="Empty when no source states it."
            errors={errors}
            value={value("occurredOn")}
            type="date"
          />
          <TextField name="location" label="Location" errors={errors} value={value("location")} />
        </div>
        <TextField name="title" label="Title" errors={errors} value={value("title")} />
        <TextField
          name="summary"
          label="Summary"
          errors={errors}
          value={value("summary")}
          rows={3}
        />
        <TextField
          name="disputeNote"
          label="Dispute note"
          hint="When the source says something that looks wrong: say why."
          errors={errors}
          value={value("disputeNote")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <CheckboxList
            name="countryCodes"
            legend="Countries it bears on"
            items={options.countries.map((c) => ({ value: c.code, label: c.name }))}
            chosen={chosen("countryCodes")}
            error={errors?.countryCodes?.[0]}
          />
          <CheckboxList
            name="conditionSlugs"
            legend="Conditions it bears on"
            items={options.conditions.map((c) => ({ value: c.slug, label: c.name }))}
            chosen={chosen("conditionSlugs")}
            error={errors?.conditionSlugs?.[0]}
          />
        </div>
        <InternalNoteField errors={errors} value={value("internalNote")} />
        <JustificationFields
          sources={options.sources}
          state={state}
          newFact={!id}
          values={values}
        />
      </FormShell>
    </form>
  );
}
