"use client";

import { saveEventAction } from "@/app/(editor)/edit/actions";
import { eventSchema } from "@/lib/events/schema";
import { justificationSchema } from "@/lib/history/justification-schema";
import { EVENT_KINDS } from "@/lib/labels";
import type { EditorOptions } from "@/lib/editor/options";
import { EditIdentity, Field, MeaningSelect, fieldProps, inputClass } from "./field";
import { CheckboxList, FormShell, SaveButtons } from "./form-shell";
import { JustificationFields } from "./justification-fields";
import { useEditForm } from "./use-validated-action";

const MULTI = ["countryCodes", "conditionSlugs"];

export function EventForm({ id, version, values, options }: { id?: string; version?: number; values: Record<string, string | string[]>; options: EditorOptions }) {
  const { state, pending, formProps, errors, value, chosen } = useEditForm(saveEventAction, [eventSchema, justificationSchema], values, MULTI);
  return (
    <form {...formProps} className="space-y-5">
      <EditIdentity value={id} version={version} />
      <FormShell
        state={state}
        actions={<SaveButtons editing={!!id} pending={pending} />}
      >
        <div className="grid gap-4 sm:grid-cols-3">
          <MeaningSelect name="kind" label="Kind" table={EVENT_KINDS} value={value("kind")} errors={errors} />
          <Field name="occurredOn" label="Date" errors={errors?.occurredOn} hint="Empty when no source states it.">
            <input {...fieldProps("occurredOn", errors)} type="date" defaultValue={value("occurredOn")} className={inputClass} />
          </Field>
          <Field name="location" label="Location" errors={errors?.location}>
            <input {...fieldProps("location", errors)} defaultValue={value("location")} className={inputClass} />
          </Field>
        </div>
        <Field name="title" label="Title" errors={errors?.title}>
          <input {...fieldProps("title", errors)} defaultValue={value("title")} className={inputClass} />
        </Field>
        <Field name="summary" label="Summary" errors={errors?.summary}>
          <textarea {...fieldProps("summary", errors)} rows={3} defaultValue={value("summary")} className={inputClass} />
        </Field>
        <Field name="disputeNote" label="Dispute note" errors={errors?.disputeNote} hint="When the source says something that looks wrong: say why.">
          <input {...fieldProps("disputeNote", errors)} defaultValue={value("disputeNote")} className={inputClass} />
        </Field>
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
        <Field name="internalNote" label="Internal note" errors={errors?.internalNote} hint="Signed-in users only.">
          <textarea {...fieldProps("internalNote", errors)} rows={2} defaultValue={value("internalNote")} className={inputClass} />
        </Field>
        <JustificationFields sources={options.sources} state={state} />
      </FormShell>
    </form>
  );
}
