import type { HTMLAttributes, ReactNode } from "react";
import { keysOf, type Meaning } from "@/lib/labels";

/** A labelled form control with its error shown beside it (and linked for screen readers). */
export function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  const error = errors?.[0];
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${name}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldError id={`${name}-error`} error={error} />
    </div>
  );
}

/** A field's first error, announced; nothing when there is none. */
export function FieldError({
  error,
  id,
  className = "",
}: {
  error: string | undefined;
  id?: string;
  className?: string;
}) {
  if (!error) return null;
  return (
    <p id={id} className={`text-sm text-rose-700 ${className}`.trim()} role="alert">
      {error}
    </p>
  );
}

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-1 focus:ring-blue-600 aria-[invalid=true]:border-rose-500";

export function fieldProps(name: string, errors?: Record<string, string[] | undefined>) {
  const invalid = !!errors?.[name]?.length;
  return {
    id: name,
    name,
    "aria-invalid": invalid,
    "aria-describedby": invalid ? `${name}-error` : `${name}-hint`,
  };
}

type Errors = Record<string, string[] | undefined> | undefined;

/** A labelled text input (or, with `rows`, a textarea) showing `value`, its error beside it. */
export function TextField({
  name,
  label,
  hint,
  errors,
  value,
  rows,
  type,
  inputMode,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  errors: Errors;
  value: string;
  rows?: number;
  type?: "date" | "url" | "email";
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
}) {
  return (
    <Field name={name} label={label} errors={errors?.[name]} hint={hint}>
      {rows ? (
        <textarea
          {...fieldProps(name, errors)}
          rows={rows}
          defaultValue={value}
          className={inputClass}
        />
      ) : (
        <input
          {...fieldProps(name, errors)}
          type={type}
          inputMode={inputMode}
          defaultValue={value}
          className={inputClass}
        />
      )}
    </Field>
  );
}

/** The note only signed-in users read: never in public pages, shares, exports or releases. */
export function InternalNoteField({ errors, value }: { errors: Errors; value: string }) {
  return (
    <TextField
      name="internalNote"
      label="Internal note"
      hint="Signed-in users only; never public or shared."
      errors={errors}
      value={value}
      rows={2}
    />
  );
}

/** A choice from one of the label tables (domain, status, posture…), "Choose…" first. */
export function MeaningSelect<K extends string>({
  name,
  label,
  table,
  value,
  errors,
  hint,
}: {
  name: string;
  label: string;
  table: Record<K, Meaning>;
  value: string;
  errors: Errors;
  hint?: ReactNode;
}) {
  return (
    <Field name={name} label={label} errors={errors?.[name]} hint={hint}>
      <select {...fieldProps(name, errors)} defaultValue={value} className={inputClass}>
        <option value="">Choose…</option>
        {keysOf(table).map((k) => (
          <option key={k} value={k}>
            {table[k].label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * Which record a form edits (`id`, or `slug` for conditions) and the version it was
 * loaded at, for the stale-save check. Nothing when the form creates a record.
 */
export function EditIdentity({
  name = "id",
  value,
  version,
}: {
  name?: "id" | "slug";
  value?: string;
  version?: number;
}) {
  if (!value) return null;
  return (
    <>
      <input type="hidden" name={name} value={value} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}
