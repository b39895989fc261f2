"use client";

import type { EditorOptions } from "@/lib/editor/options";
import { justificationSchemaFor } from "@/lib/changes/justification-schema";
import { PROVISION_STATUSES } from "@/lib/labels";
import { provisionSchema } from "@/lib/provisions/schema";
import { EditIdentity, InternalNoteField, MeaningSelect, TextField } from "./field";
import type { FormState } from "@/lib/forms/form-state";
import { CheckboxList, FormShell, SaveButtons } from "./form-shell";
import { JustificationFields } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

/** A provision of a framework: what it is, how far it has got, the conditions it bears on. */
export function ProvisionForm({
  action,
  frameworkSlug,
  id,
  version,
  values,
  options,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  frameworkSlug: string;
  id?: string;
  version?: number;
  values: Record<string, string | string[]>;
  options: EditorOptions;
}) {
  const { state, pending, formProps, errors, value, chosen } = useEditForm(
    action,
    [provisionSchema, justificationSchemaFor(!id)],
    values,
    ["conditionSlugs"],
  );
  return (
    <form {...formProps} className="space-y-5">
      <EditIdentity value={id} version={version} />
      <input type="hidden" name="frameworkSlug" value={frameworkSlug} />
      <FormShell state={state} actions={<SaveButtons editing={!!id} pending={pending} />}>
        <TextField name="name" label="Name" errors={errors} value={value("name")} />
        <TextField
          name="description"
          label="Description"
          errors={errors}
          value={value("description")}
          rows={2}
        />
        <MeaningSelect
          name="status"
          label="How far it has got"
          table={PROVISION_STATUSES}
          value={value("status")}
          errors={errors}
        />
        <CheckboxList
          name="conditionSlugs"
          legend="Conditions it bears on"
          items={options.conditions.map((c) => ({ value: c.slug, label: c.name }))}
          chosen={chosen("conditionSlugs")}
          error={errors?.conditionSlugs?.[0]}
        />
        <InternalNoteField errors={errors} value={value("internalNote")} />
        <JustificationFields sources={options.sources} state={state} newFact={!id} />
      </FormShell>
    </form>
  );
}
