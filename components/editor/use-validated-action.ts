"use client";

import { useActionState, useState } from "react";
import type { z } from "zod";
import { formValues, invalid } from "@/lib/history/form-data";
import { INITIAL_FORM_STATE, type FormState } from "./form-state";

/**
 * useActionState with the same zod schemas run in the browser first: a form that fails
 * them shows its errors at once without a round trip. The server validates again.
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
  const action = (form: FormData) => {
    const values = formValues(form, multi);
    for (const schema of schemas) {
      const parsed = schema.safeParse(toInput(values));
      if (!parsed.success) {
        setClientState(invalid(parsed.error, values));
        return;
      }
    }
    setClientState(null);
    formAction(form);
  };
  return [clientState ?? serverState, action, pending] as const;
}
