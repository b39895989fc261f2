"use client";

import type { FormAction } from "@/lib/forms/form-state";
import { justificationSchemaFor } from "@/lib/changes/justification-schema";
import { POSTURES } from "@/lib/labels";
import { postureSchema } from "@/lib/postures/schema";
import { InternalNoteField, MeaningSelect, TextField } from "./field";
import { FormShell, SubmitButton } from "./form-shell";
import { JustificationFields, type SourceOption } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

export function PostureForm({
  action,
  countryCode,
  version,
  values,
  sources,
}: {
  action: FormAction;
  countryCode: string;
  version: number | null;
  values: Record<string, string>;
  sources: SourceOption[];
}) {
  const { state, pending, formProps, errors, value } = useEditForm(
    action,
    [postureSchema, justificationSchemaFor(version === null)],
    values,
    [],
    (v) => ({ ...v, isMember: v.isMember === "on" }),
  );
  return (
    <form {...formProps} className="space-y-5">
      <input type="hidden" name="countryCode" value={countryCode} />
      {version !== null && <input type="hidden" name="version" value={version} />}
      <FormShell
        state={state}
        actions={
          <SubmitButton pending={pending}>{pending ? "Saving…" : "Save posture"}</SubmitButton>
        }
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <MeaningSelect
            name="posture"
            label="Posture"
            table={POSTURES}
            value={value("posture")}
            errors={errors}
          />
          <label className="flex items-center gap-2 self-end pb-2 text-sm">
            <input type="checkbox" name="isMember" defaultChecked={value("isMember") === "on"} />{" "}
            Coalition member
          </label>
        </div>
        <TextField
          name="summary"
          label="Summary"
          errors={errors}
          value={value("summary")}
          rows={2}
        />
        <TextField
          name="conditionsInOwnWords"
          label="Conditions, in its own words"
          hint="Quote the country; say who spoke."
          errors={errors}
          value={value("conditionsInOwnWords")}
          rows={3}
        />
        <InternalNoteField errors={errors} value={value("internalNote")} />
        <JustificationFields
          sources={sources}
          state={state}
          newFact={version === null}
          values={values}
        />
      </FormShell>
    </form>
  );
}
