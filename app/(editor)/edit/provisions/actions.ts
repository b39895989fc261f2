"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { getViewer } from "@/lib/auth/server";
import {
  formValues,
  parseChange,
  parseVersion,
  proposalHref,
  publishRequested,
  refused,
} from "@/lib/forms/form-data";
import { createProvision, updateProvision } from "@/lib/provisions/mutations";
import { provisionSchema } from "@/lib/provisions/schema";

export async function saveProvisionAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = formValues(form, ["conditionSlugs"]);
  const parsed = parseChange(provisionSchema, values, { newFact: !values.id });
  if ("ok" in parsed) return parsed;
  const { input, justification } = parsed;
  const id = String(values.id ?? "");
  const frameworkSlug = String(values.frameworkSlug ?? "");
  const user = await getViewer();
  const result = id
    ? await updateProvision(user, id, parseVersion(values.version) ?? 0, input, justification)
    : await createProvision(
        user,
        frameworkSlug,
        { ...input, published: publishRequested(values) },
        justification,
      );
  const held = proposalHref(result);
  if (held) redirect(held);
  if (!result.ok) return refused(result, values);
  revalidatePath("/", "layout");
  redirect(`/frameworks/${frameworkSlug}#provision-${result.id}`);
}
