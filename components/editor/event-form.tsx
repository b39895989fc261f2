"use client";

import { saveEventAction } from "@/app/(editor)/edit/actions";
import { eventSchema } from "@/lib/events/schema";
import { justificationSchema } from "@/lib/history/justification-schema";
import { EVENT_KINDS, keysOf } from "@/lib/labels";
import type { EditorOptions } from "@/lib/editor/options";
import { Field, fieldProps, inputClass } from "./field";
import { FormShell, SubmitButton } from "./form-shell";
import { JustificationFields } from "./justification-fields";
import { useValidatedAction } from "./use-validated-action";

const MULTI = ["countryCodes", "conditionSlugs"];

export function EventForm({ id, version, values, options }: { id?: string; version?: number; values: Record<string, string | string[]>; options: EditorOptions }) {
  const { state, pending, formProps } = useValidatedAction(saveEventAction, [eventSchema, justificationSchema], MULTI);
  const errors = state.fieldErrors;
  const source = state.values ?? values;
  const value = (name: string) => String(source[name] ?? "");
  const chosen = (name: string) => new Set(Array.isArray(source[name]) ? (source[name] as string[]) : []);
  return (
    <form {...formProps} className="space-y-5">
      {id && (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <FormShell
        state={state}
        actions={
          id ? (
            <SubmitButton pending={pending}>{pending ? "Saving…" : "Save changes"}</SubmitButton>
          ) : (
            <>
              <SubmitButton pending={pending} name="intent" value="publish">Publish</SubmitButton>
              <SubmitButton pending={pending} name="intent" value="draft" secondary>Save as draft</SubmitButton>
            </>
          )
        }
      >
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="kind" label="Kind" errors={errors?.kind}>
            <select {...fieldProps("kind", errors)} defaultValue={value("kind")} className={inputClass}>
              <option value="">Choose…</option>
              {keysOf(EVENT_KINDS).map((k) => <option key={k} value={k}>{EVENT_KINDS[k].label}</option>)}
            </select>
          </Field>
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
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Countries it bears on</legend>
            <div className="mt-2 max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
              {options.countries.map((c) => (
                <label key={c.code} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="countryCodes" value={c.code} defaultChecked={chosen("countryCodes").has(c.code)} /> {c.name}
                </label>
              ))}
            </div>
            {errors?.countryCodes && <p className="mt-1 text-sm text-rose-700" role="alert">{errors.countryCodes[0]}</p>}
          </fieldset>
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Conditions it bears on</legend>
            <div className="mt-2 max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
              {options.conditions.map((c) => (
                <label key={c.slug} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="conditionSlugs" value={c.slug} defaultChecked={chosen("conditionSlugs").has(c.slug)} /> {c.name}
                </label>
              ))}
            </div>
            {errors?.conditionSlugs && <p className="mt-1 text-sm text-rose-700" role="alert">{errors.conditionSlugs[0]}</p>}
          </fieldset>
        </div>
        <Field name="internalNote" label="Internal note" errors={errors?.internalNote} hint="Signed-in users only.">
          <textarea {...fieldProps("internalNote", errors)} rows={2} defaultValue={value("internalNote")} className={inputClass} />
        </Field>
        <JustificationFields sources={options.sources} state={state} />
      </FormShell>
    </form>
  );
}
