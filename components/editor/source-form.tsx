"use client";

import type { FormAction } from "@/lib/forms/form-state";
import { sourceSchema } from "@/lib/sources/schema";
import { TextField } from "./field";
import { FormShell, SubmitButton } from "./form-shell";
import { useValidatedAction } from "./use-validated-action";

/** A new source: paste its text first; the rest is asked for, each empty when the source does not state it. */
export function SourceForm({ action }: { action: FormAction }) {
  const { state, pending, formProps } = useValidatedAction(action, [sourceSchema]);
  const errors = state.fieldErrors;
  const value = (name: string) => String(state.values?.[name] ?? "");
  return (
    <form {...formProps} className="space-y-5">
      <FormShell
        state={state}
        actions={
          <SubmitButton pending={pending}>{pending ? "Saving…" : "Add source"}</SubmitButton>
        }
      >
        <TextField
          name="text"
          label="Full text"
          hint="Paste the whole article. Quotes cited from this source must appear in this text word for word; its page then shows which paragraphs are cited."
          errors={errors}
          value={value("text")}
          rows={12}
        />
        <TextField
          name="title"
          label="Title"
          hint="Empty: the text's first line (usually its headline)."
          errors={errors}
          value={value("title")}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            name="publisher"
            label="Publisher"
            hint="Empty when not stated."
            errors={errors}
            value={value("publisher")}
          />
          <TextField
            name="publishedOn"
            label="Publication date"
            hint="Empty when the source does not state it."
            errors={errors}
            value={value("publishedOn")}
            type="date"
          />
          <TextField
            name="url"
            label="Web address"
            hint="Where it was published, if online."
            errors={errors}
            value={value("url")}
            type="url"
          />
        </div>
      </FormShell>
    </form>
  );
}
