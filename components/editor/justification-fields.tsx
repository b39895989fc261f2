import { Field, TextField, fieldProps, inputClass } from "./field";
import type { FormState } from "@/lib/forms/form-state";

export type SourceOption = { id: string; title: string };

/**
 * Why a change is true: a citation (source + quote, matched word for word, forgiving
 * only typography) or, for an edit of a fact that is already cited, a written reason.
 * A new fact always needs the citation.
 */
export function JustificationFields({
  sources,
  state,
  newFact = false,
  values,
}: {
  sources: SourceOption[];
  state: FormState;
  newFact?: boolean;
  /** The form's starting values: a quote chosen on a source's page arrives here. */
  values?: Record<string, string | string[] | undefined>;
}) {
  const errors = state.fieldErrors;
  const start = (state.values ?? values)?.["quote"];
  const value = (name: string) => String((state.values ?? values)?.[name] ?? "");
  const fromSource = !state.values && typeof start === "string" && start !== "";
  return (
    <fieldset className="space-y-4 rounded-lg border border-amber-200 bg-amber-50/50 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">
        {newFact
          ? "Cite its source: a new fact needs a source and a quote"
          : "Why this change? Cite a source, or give a reason"}
      </legend>
      {fromSource && (
        <p className="rounded-md bg-white p-2 text-sm text-slate-700" role="status">
          The passage you chose on the source&apos;s page is filled in below.
          {newFact ? "" : " Change what it backs above, or save as is to attach it to this fact."}
        </p>
      )}
      <Field
        name="sourceId"
        label="Source"
        errors={errors?.sourceId}
        hint="The quote must appear word for word in it."
      >
        <select
          {...fieldProps("sourceId", errors)}
          defaultValue={value("sourceId")}
          className={inputClass}
        >
          <option value="">{newFact ? "Choose the source…" : "— no citation —"}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </Field>
      <TextField
        name="quote"
        label="Quote"
        hint="Paste the exact words that back it. Curly or straight quotes, dashes and line breaks need not match."
        errors={errors}
        value={value("quote")}
        rows={2}
      />
      {state.closestPassage && (
        <div
          id="quote-closest"
          className="rounded-md border border-slate-200 bg-white p-3 text-sm"
          role="status"
        >
          <p className="text-xs font-medium text-slate-600">
            The closest passage in the source, to compare with your quote:
          </p>
          <q className="mt-1 block text-slate-800 italic">{state.closestPassage}</q>
        </div>
      )}
      <TextField
        name="happenedOn"
        label="When did this happen?"
        hint="As the cited source states it. Leave empty when it gives no date: the change is then shown as “date not stated”, beside the day it was recorded."
        errors={errors}
        value={value("happenedOn")}
        type="date"
      />
      <TextField
        name="reason"
        label="Reason"
        hint={
          newFact
            ? "Optional; shown in the history."
            : "Enough on its own only for an edit of a fact that already cites a source; shown in the history."
        }
        errors={errors}
        value={value("reason")}
        rows={2}
      />
      <p className="text-xs text-slate-500">
        Source not listed?{" "}
        <a href="/edit/sources/new" target="_blank">
          Add a source
        </a>{" "}
        (opens in a new tab), then reload this page.
      </p>
    </fieldset>
  );
}
