import type { z } from "zod";
import { justificationSchemaFor, type Justification } from "@/lib/changes/justification-schema";
import type { FormState } from "./form-state";
import { MAX_VERSION, type MutationResult, type Refused } from "@/lib/changes/result";

export type FormValues = Record<string, string | string[]>;

/** FormData as plain values (the listed fields as arrays), to validate and to echo back. */
export function formValues(form: FormData, multi: string[] = []): FormValues {
  const values: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    values[key] = multi.includes(key) ? form.getAll(key).map(String) : String(form.get(key) ?? "");
  }
  for (const key of multi) values[key] ??= [];
  return values;
}

/** A failed validation as form state: each message beside its field, the input kept. */
export function invalid(error: z.ZodError, values: FormValues): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message: "Check the highlighted fields.", fieldErrors, values };
}

/** A refused mutation as form state. */
export function refused(result: Refused, values: FormValues): FormState {
  return {
    ok: false,
    message: result.message,
    fieldErrors: result.fieldErrors,
    values,
    conflict: result.conflict,
    closestPassage: result.closestPassage,
  };
}

/** A form's `version`: a whole number from 1 to MAX_VERSION, written in digits; else null. */
export function parseVersion(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return n >= 1 && n <= MAX_VERSION ? n : null;
}

/**
 * Validates a change form: the fact's own fields with `schema`, and its justification
 * (a new fact needs a citation, not only a reason). Returns the parsed parts, or the
 * form state that shows what is wrong.
 */
export function parseChange<T extends z.ZodType>(
  schema: T,
  values: FormValues,
  { newFact, toInput = (v) => v }: { newFact: boolean; toInput?: (values: FormValues) => unknown },
): { input: z.infer<T>; justification: Justification } | FormState {
  const input = schema.safeParse(toInput(values));
  if (!input.success) return invalid(input.error, values);
  const justification = justificationSchemaFor(newFact).safeParse(values);
  if (!justification.success) return invalid(justification.error, values);
  return { input: input.data, justification: justification.data };
}

/**
 * Whether a new record's form asked to publish it: only the Publish button's
 * `intent=publish` does (pressing Enter submits with it, the form's first button).
 * Anything else, a missing intent included, saves a draft: nothing is published by
 * accident, and every entity decides the same way.
 */
export function publishRequested(values: FormValues): boolean {
  return values.intent === "publish";
}

/**
 * Irreversible steps (delete, revoke, remove a quote) go through only when the post
 * carries `confirm=<intent>`: the confirm dialog's button, or, without JavaScript, the
 * same button on the step this returns (components/editor/confirm-button.tsx).
 */
export function unconfirmed(
  values: FormValues,
  intent: string,
  question: string,
): FormState | null {
  return values.confirm === intent ? null : { ok: false, confirm: { intent, question }, values };
}

/** A change held for a second editor's approval: where the proposer goes to see it. */
export function proposalHref(result: MutationResult): string | null {
  return !result.ok && result.status === 202 && result.proposalId
    ? `/review/${result.proposalId}`
    : null;
}
