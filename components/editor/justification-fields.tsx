import { Field, TextField, fieldProps, inputClass } from "./field";
import type { FormState } from "./form-state";

export type SourceOption = { id: string; title: string };

/** Every change needs a citation (source + verbatim quote) or a written reason. */
export function JustificationFields({ sources, state }: { sources: SourceOption[]; state: FormState }) {
  const errors = state.fieldErrors;
  const value = (name: string) => String(state.values?.[name] ?? "");
  return (
    <fieldset className="space-y-4 rounded-lg border border-amber-200 bg-amber-50/50 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">Why this change? Cite a source, or give a reason</legend>
      <Field name="sourceId" label="Source" errors={errors?.sourceId} hint="The quote must appear word for word in it.">
        <select {...fieldProps("sourceId", errors)} defaultValue={value("sourceId")} className={inputClass}>
          <option value="">— no citation —</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </Field>
      <TextField name="quote" label="Quote" hint="Paste the exact words that back the change." errors={errors} value={value("quote")} rows={2} />
      <TextField
        name="happenedOn"
        label="When did this happen?"
        hint="As the cited source states it. Leave empty when it gives no date: the change is then shown as “date not stated”, beside the day it was recorded."
        errors={errors}
        value={value("happenedOn")}
        type="date"
      />
      <TextField name="reason" label="Reason" hint="Required when there is no citation; shown in the history." errors={errors} value={value("reason")} rows={2} />
      <p className="text-xs text-slate-500">
        Source not listed? <a href="/edit/sources/new" target="_blank">Add a source</a> (opens in a new tab), then reload this page.
      </p>
    </fieldset>
  );
}
