/** What every form action returns to `useActionState`: errors beside fields, input kept. */
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The user's input, echoed back so nothing typed is lost. */
  values?: Record<string, string | string[] | undefined>;
  conflict?: ConflictInfo;
  /** A refused quote: the passage of the chosen source most like it. */
  closestPassage?: string;
  /** Something made by the action to show once (e.g. a new share link's address). */
  created?: { url: string; embedUrl: string };
  /** An irreversible step asked for without `confirm`: the form asks this question again. */
  confirm?: { intent: string; question: string };
};

export type FieldChange = { field: string; from: unknown; to: unknown };

export type ConflictInfo = {
  by: string;
  at: string;
  currentVersion: number;
  /** What changed between the version the form was based on and now. */
  changes: FieldChange[];
};

export const INITIAL_FORM_STATE: FormState = { ok: false };

/** A form's server action, as `useActionState` takes it: pages pass it to the form component. */
export type FormAction = (previous: FormState, form: FormData) => Promise<FormState>;
