"use client";

import type { FormAction } from "@/lib/forms/form-state";
import { figureSchema } from "@/lib/figures/schema";
import { justificationSchemaFor } from "@/lib/changes/justification-schema";
import { EditIdentity, TextField } from "./field";
import { FormShell, SubmitButton } from "./form-shell";
import { JustificationFields, type SourceOption } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

/** A headline figure: the number, its qualifier ("more than"), unit and what it counts. */
export function FigureForm({
  action,
  id,
  version,
  values,
  sources,
}: {
  action: FormAction;
  id: string;
  version: number;
  values: Record<string, string>;
  sources: SourceOption[];
}) {
  const { state, pending, formProps, errors, value } = useEditForm(
    action,
    [figureSchema, justificationSchemaFor(false)],
    values,
  );
  return (
    <form {...formProps} className="space-y-5">
      <EditIdentity value={id} version={version} />
      <FormShell
        state={state}
        actions={
          <SubmitButton pending={pending}>{pending ? "Saving…" : "Save figure"}</SubmitButton>
        }
      >
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            name="qualifier"
            label="Qualifier"
            hint="e.g. “more than”; empty when exact"
            errors={errors}
            value={value("qualifier")}
          />
          <TextField
            name="value"
            label="Number"
            errors={errors}
            value={value("value")}
            inputMode="decimal"
          />
          <TextField name="unit" label="Unit" errors={errors} value={value("unit")} />
        </div>
        <TextField name="label" label="What it counts" errors={errors} value={value("label")} />
        <JustificationFields sources={sources} state={state} />
      </FormShell>
    </form>
  );
}
