"use client";

import { savePostureAction } from "@/app/(editor)/edit/actions";
import { justificationSchema } from "@/lib/history/justification-schema";
import { POSTURES } from "@/lib/labels";
import { membershipSchema } from "@/lib/memberships/schema";
import { Field, MeaningSelect, fieldProps, inputClass } from "./field";
import { FormShell, SubmitButton } from "./form-shell";
import { JustificationFields, type SourceOption } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

export function PostureForm({ countryCode, version, values, sources }: { countryCode: string; version: number | null; values: Record<string, string>; sources: SourceOption[] }) {
  const { state, pending, formProps, errors, value } = useEditForm(savePostureAction, [membershipSchema, justificationSchema], values, [], (v) => ({ ...v, isMember: v.isMember === "on" }));
  return (
    <form {...formProps} className="space-y-5">
      <input type="hidden" name="countryCode" value={countryCode} />
      {version !== null && <input type="hidden" name="version" value={version} />}
      <FormShell state={state} actions={<SubmitButton pending={pending}>{pending ? "Saving…" : "Save posture"}</SubmitButton>}>
        <div className="grid gap-4 sm:grid-cols-2">
          <MeaningSelect name="posture" label="Posture" table={POSTURES} value={value("posture")} errors={errors} />
          <label className="flex items-center gap-2 self-end pb-2 text-sm">
            <input type="checkbox" name="isMember" defaultChecked={value("isMember") === "on"} /> Coalition member
          </label>
        </div>
        <Field name="summary" label="Summary" errors={errors?.summary}>
          <textarea {...fieldProps("summary", errors)} rows={2} defaultValue={value("summary")} className={inputClass} />
        </Field>
        <Field name="conditionsInOwnWords" label="Conditions, in its own words" errors={errors?.conditionsInOwnWords} hint="Quote the country; say who spoke.">
          <textarea {...fieldProps("conditionsInOwnWords", errors)} rows={3} defaultValue={value("conditionsInOwnWords")} className={inputClass} />
        </Field>
        <Field name="internalNote" label="Internal note" errors={errors?.internalNote} hint="Signed-in users only.">
          <textarea {...fieldProps("internalNote", errors)} rows={2} defaultValue={value("internalNote")} className={inputClass} />
        </Field>
        <JustificationFields sources={sources} state={state} />
      </FormShell>
    </form>
  );
}
