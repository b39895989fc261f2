"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { z } from "zod";
import { formValues, invalid } from "@/lib/forms/form-data";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/form-state";

/**
 * useActionState with the same zod schemas run in the browser first: a form that fails
 * them shows its errors at once without a round trip. The server validates again.
 *
 * With JavaScript the form is submitted from onSubmit inside a transition, so React
 * does not reset it afterwards: whatever the user typed or chose stays in place when
 * the server refuses the save. Without JavaScript, `action` posts the form as usual.
 */
export function useValidatedAction(
  serverAction: (previous: FormState, form: FormData) => Promise<FormState>,
  schemas: z.ZodType[],
  multi: string[] = [],
  toInput: (values: Record<string, string | string[]>) => unknown = (v) => v,
) {
  const [serverState, formAction, pending] = useActionState(serverAction, INITIAL_FORM_STATE);
  const [clientState, setClientState] = useState<FormState | null>(null);
  const [lastServerState, setLastServerState] = useState(serverState);
  if (serverState !== lastServerState) {
    setLastServerState(serverState);
    setClientState(null);
  }
  /** Runs the schemas on what the form would send; shows the errors and answers false when any fails. */
  const check = (form: HTMLFormElement, submitter?: HTMLElement | null) => {
    const values = formValues(new FormData(form, submitter), multi);
    for (const schema of schemas) {
      const parsed = schema.safeParse(toInput(values));
      if (!parsed.success) {
        setClientState(invalid(parsed.error, values));
        return false;
      }
    }
    setClientState(null);
    return true;
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (!check(event.currentTarget, submitter)) return;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(form));
  };
  return {
    state: clientState ?? serverState,
    pending,
    check,
    formProps: { action: formAction, onSubmit, noValidate: true },
  };
}

type Values = Record<string, string | string[] | undefined>;

/**
 * An editing form's state: useValidatedAction plus `value(name)`, each field's text as
 * the form should show it (the user's input after a refused save, else the record's),
 * and `chosen(name)` for checkbox groups.
 */
export function useEditForm(
  serverAction: (previous: FormState, form: FormData) => Promise<FormState>,
  schemas: z.ZodType[],
  values: Values,
  multi: string[] = [],
  toInput?: (values: Record<string, string | string[]>) => unknown,
) {
  const { state, pending, formProps } = useValidatedAction(serverAction, schemas, multi, toInput);
  const source: Values = state.values ?? values;
  const value = (name: string) => {
    const v = source[name];
    return Array.isArray(v) ? "" : (v ?? "");
  };
  /** The values ticked in a multi-value field (checkboxes). */
  const chosen = (name: string) => {
    const v = source[name];
    return new Set(Array.isArray(v) ? v : []);
  };
  return { state, pending, formProps, errors: state.fieldErrors, value, chosen };
}
