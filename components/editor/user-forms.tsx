"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/forms/form-state";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { Field, TextField, fieldProps, inputClass } from "./field";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { SubmitButton } from "./form-shell";

export function NewUserForm({ create }: { create: FormAction }) {
  const [state, action, pending] = useActionState(create, INITIAL_FORM_STATE);
  const errors = state.fieldErrors;
  const value = (name: string) => String(state.values?.[name] ?? "");
  return (
    <form action={action} noValidate className="space-y-4">
      {state.message && (
        <p
          className={`rounded-md p-3 text-sm ${state.ok ? "bg-emerald-50 text-emerald-900" : "bg-rose-50 text-rose-800"}`}
          role={state.ok ? "status" : "alert"}
        >
          {state.message}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="email" label="Email" errors={errors} value={value("email")} type="email" />
        <TextField name="name" label="Name" errors={errors} value={value("name")} />
        <Field name="role" label="Role" errors={errors?.role}>
          <select
            {...fieldProps("role", errors)}
            defaultValue={value("role") || "analyst"}
            className={inputClass}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r].label}: {ROLE_LABELS[r].description}
              </option>
            ))}
          </select>
        </Field>
        <Field
          name="password"
          label="Initial password"
          errors={errors?.password}
          hint="At least 10 characters."
        >
          <input
            {...fieldProps("password", errors)}
            type="password"
            autoComplete="new-password"
            className={inputClass}
          />
        </Field>
      </div>
      <SubmitButton pending={pending}>Create account</SubmitButton>
    </form>
  );
}

export function RoleForm({
  changeRole,
  userId,
  role,
  self,
}: {
  changeRole: FormAction;
  userId: string;
  role: Role;
  self: boolean;
}) {
  const [state, action, pending] = useActionState(changeRole, INITIAL_FORM_STATE);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role
      </label>
      <select
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        disabled={self}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r].label}
          </option>
        ))}
      </select>
      {!self && (
        <SubmitButton pending={pending} secondary>
          Change
        </SubmitButton>
      )}
      {state.message && (
        <span className={`text-xs ${state.ok ? "text-emerald-700" : "text-rose-700"}`}>
          {state.message}
        </span>
      )}
    </form>
  );
}
