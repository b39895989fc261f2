"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/forms/form-state";
import { Field, fieldProps, inputClass } from "@/components/editor/field";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";

export function SignInForm({ signIn, next }: { signIn: FormAction; next: string }) {
  const [state, action, pending] = useActionState(signIn, INITIAL_FORM_STATE);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {state.message && (
        <p className="rounded-md bg-rose-50 p-3 text-sm text-rose-800" role="alert">
          {state.message}
        </p>
      )}
      <Field name="email" label="Email" errors={errors?.email}>
        <input
          {...fieldProps("email", errors)}
          type="email"
          autoComplete="username"
          defaultValue={String(state.values?.email ?? "")}
          className={inputClass}
        />
      </Field>
      <Field name="password" label="Password" errors={errors?.password}>
        <input
          {...fieldProps("password", errors)}
          type="password"
          autoComplete="current-password"
          className={inputClass}
        />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
