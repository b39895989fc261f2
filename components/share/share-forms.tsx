"use client";

import { useActionState, useState } from "react";
import type { FormAction } from "@/lib/forms/form-state";
import { ConfirmButton } from "@/components/editor/confirm-button";
import { Field, FieldError, fieldProps, inputClass } from "@/components/editor/field";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { SubmitButton } from "@/components/editor/form-shell";

function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1">
      <label className="text-sm font-medium text-slate-800" htmlFor={label}>
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={label}
          readOnly
          value={value}
          className={`${inputClass} font-mono`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50"
          onClick={async () => {
            await navigator.clipboard?.writeText(value).catch(() => {});
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
    </div>
  );
}

export function NewShareForm({
  create,
  params,
  defaultLabel,
  releases = [],
  liveOnly = false,
}: {
  create: FormAction;
  params: string;
  defaultLabel: string;
  releases?: string[];
  /** The view is only read live (a what-if scenario): no frozen or release choice. */
  liveOnly?: boolean;
}) {
  const [state, action, pending] = useActionState(create, INITIAL_FORM_STATE);
  const errors = state.fieldErrors;
  const value = (name: string, fallback: string) => String(state.values?.[name] ?? fallback);
  if (state.created) {
    return (
      <div className="space-y-4">
        <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
          {state.message}
        </p>
        <CopyField label="Link" value={state.created.url} />
        <CopyField
          label="Embed (iframe)"
          value={`<iframe src="${state.created.embedUrl}" width="100%" height="800" style="border:0"></iframe>`}
        />
        <p className="text-sm">
          <a href="/shares">All your links</a>
        </p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="params" value={params} />
      {state.message && (
        <p className="rounded-md bg-rose-50 p-3 text-sm text-rose-800" role="alert">
          {state.message}
        </p>
      )}
      <Field
        name="label"
        label="Label"
        errors={errors?.label}
        hint="Who or what it is for. Private: shown only in your list of links, never on the shared page."
      >
        <input
          {...fieldProps("label", errors)}
          defaultValue={value("label", defaultLabel)}
          className={inputClass}
        />
      </Field>
      <Field
        name="expiresInDays"
        label="Expires after (days)"
        errors={errors?.expiresInDays}
        hint="Empty: never expires (you can still revoke it)."
      >
        <input
          {...fieldProps("expiresInDays", errors)}
          inputMode="numeric"
          defaultValue={value("expiresInDays", "30")}
          className={inputClass}
        />
      </Field>
      {liveOnly ? (
        <div className="space-y-1">
          <input type="hidden" name="mode" value="live" />
          <p className="text-sm font-medium text-slate-800">Data</p>
          <p className="text-sm text-slate-600">
            Live: a what-if scenario is recounted from the current published data each time the link
            is opened.
          </p>
          <FieldError error={errors?.mode?.[0]} />
        </div>
      ) : (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">Data</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="mode"
              value="live"
              defaultChecked={value("mode", "live") === "live"}
            />{" "}
            Live: always the current published data
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="mode"
              value="frozen"
              defaultChecked={value("mode", "live") === "frozen"}
            />{" "}
            Frozen: as it stands now, whatever changes later
          </label>
          {releases.length > 0 && (
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="mode"
                value="release"
                defaultChecked={value("mode", "live") === "release"}
              />{" "}
              Pinned to release
              <select
                name="release"
                aria-label="Release"
                defaultValue={value("release", releases[0]!)}
                className="rounded-md border border-slate-300 px-2 py-1 text-sm"
              >
                {releases.map((r) => (
                  <option key={r} value={r}>
                    v{r}
                  </option>
                ))}
              </select>
            </label>
          )}
          <FieldError error={errors?.release?.[0]} />
        </fieldset>
      )}
      <SubmitButton pending={pending}>Create link</SubmitButton>
    </form>
  );
}

export function RevokeShareButton({ revoke, id }: { revoke: FormAction; id: string }) {
  const [state, action, pending] = useActionState(revoke, INITIAL_FORM_STATE);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <ConfirmButton
        intent="revoke"
        label="Revoke"
        question="Revoke this link? Whoever has it can no longer open it. You can issue a new link with the same settings later."
        confirmLabel="Revoke link"
        state={state}
        pending={pending}
        cancelHref="/shares"
      />
      {state.message && !state.ok && (
        <span className="ml-2 text-xs text-rose-700">{state.message}</span>
      )}
    </form>
  );
}

/** "Re-issue" on a revoked or expired link: a new address, the same settings, shown once. */
export function ReissueShareForm({ reissue, id }: { reissue: FormAction; id: string }) {
  const [state, action, pending] = useActionState(reissue, INITIAL_FORM_STATE);
  if (state.created) {
    return (
      <div className="space-y-2">
        <p className="text-sm text-emerald-900" role="status">
          {state.message}
        </p>
        <CopyField label={`New link for ${id}`} value={state.created.url} />
      </div>
    );
  }
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} secondary>
        Re-issue as a new link
      </SubmitButton>
      {state.message && !state.ok && (
        <span className="ml-2 text-xs text-rose-700" role="alert">
          {state.message}
        </span>
      )}
    </form>
  );
}

export function ExtendShareForm({ extend, id }: { extend: FormAction; id: string }) {
  const [state, action, pending] = useActionState(extend, INITIAL_FORM_STATE);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <label className="sr-only" htmlFor={`extend-${id}`}>
        Days from now
      </label>
      <input
        id={`extend-${id}`}
        name="expiresInDays"
        defaultValue="30"
        inputMode="numeric"
        className="w-16 rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      <SubmitButton pending={pending} secondary>
        Extend
      </SubmitButton>
      {state.fieldErrors?.expiresInDays && (
        <span className="text-xs text-rose-700">{state.fieldErrors.expiresInDays[0]}</span>
      )}
    </form>
  );
}
