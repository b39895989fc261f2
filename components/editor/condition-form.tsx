"use client";

import { saveConditionAction } from "@/app/(editor)/edit/actions";
import { conditionSchema } from "@/lib/conditions/schema";
import { justificationSchema } from "@/lib/history/justification-schema";
import { CONDITION_CATEGORIES, CONDITION_STATUSES, keysOf } from "@/lib/labels";
import { Field, fieldProps, inputClass } from "./field";
import { FormShell, SaveButtons } from "./form-shell";
import { JustificationFields, type SourceOption } from "./justification-fields";
import { useValidatedAction } from "./use-validated-action";

export function ConditionForm({ slug, version, values, sources }: { slug?: string; version?: number; values: Record<string, string>; sources: SourceOption[] }) {
  const { state, pending, formProps } = useValidatedAction(saveConditionAction, [conditionSchema, justificationSchema]);
  const errors = state.fieldErrors;
  const source = state.values ?? values;
  const value = (name: string) => String(source[name] ?? "");
  return (
    <form {...formProps} className="space-y-5">
      {slug && (
        <>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
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
          <Field name="category" label="Category" errors={errors?.category}>
            <select {...fieldProps("category", errors)} defaultValue={value("category")} className={inputClass}>
              <option value="">Choose…</option>
              {keysOf(CONDITION_CATEGORIES).map((c) => <option key={c} value={c}>{CONDITION_CATEGORIES[c].label}</option>)}
            </select>
          </Field>
          <Field name="status" label="Status" errors={errors?.status}>
            <select {...fieldProps("status", errors)} defaultValue={value("status")} className={inputClass}>
              <option value="">Choose…</option>
              {keysOf(CONDITION_STATUSES).map((c) => <option key={c} value={c}>{CONDITION_STATUSES[c].label}</option>)}
            </select>
          </Field>
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
