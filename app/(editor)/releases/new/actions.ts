"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { getViewer } from "@/lib/auth/server";
import { formValues, invalid } from "@/lib/forms/form-data";
import { publishRelease } from "@/lib/releases/mutations";
import { publishReleaseSchema } from "@/lib/releases/schema";
import { publicOrigin } from "@/lib/site/origin";

export async function publishReleaseAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = formValues(form);
  const input = publishReleaseSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  const result = await publishRelease(await getViewer(), input.data, await publicOrigin());
  if (!result.ok) {
    return {
      ok: false,
      message: result.message,
      values,
      fieldErrors: result.field ? { [result.field]: [result.message] } : undefined,
    };
  }
  redirect(`/releases/${result.version}`);
}
