"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { getViewer } from "@/lib/auth/server";
import { markSaved } from "@/lib/editor/saved";
import {
  formValues,
  invalid,
  parseChange,
  parseVersion,
  proposalHref,
  publishRequested,
  refused,
  unconfirmed,
} from "@/lib/forms/form-data";
import { justificationSchema } from "@/lib/changes/justification-schema";
import { createPledge, deletePledge, publishPledge, updatePledge } from "@/lib/pledges/mutations";
import { pledgeSchema } from "@/lib/pledges/schema";

const MULTI = ["conditionSlugs"];

/** Create (no id) or update (id + version) a pledge. Checks the session itself. */
export async function savePledgeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const user = await getViewer();
  const values = formValues(form, MULTI);
  const parsed = parseChange(pledgeSchema, values, { newFact: !values.id });
  if ("ok" in parsed) return parsed;
  const { input: pledge, justification } = parsed;
  const id = typeof values.id === "string" ? values.id : "";
  const result = id
    ? await updatePledge(user, id, parseVersion(values.version) ?? 0, pledge, justification)
    : await createPledge(user, { ...pledge, published: publishRequested(values) }, justification);
  const held = proposalHref(result);
  if (held) redirect(held);
  if (!result.ok) return refused(result, values);
  revalidatePath("/", "layout");
  // A country's pledge lands on its card on the country page; any other on its own page.
  const path = pledge.countryCode
    ? `/countries/${pledge.countryCode}#pledge-${result.id}`
    : `/pledges/${result.id}`;
  await markSaved(path, `/history/Pledge/${result.id}`);
  redirect(path);
}

/** Publish a draft, or delete a pledge: both need a reason or citation like any change. */
export async function pledgeLifecycleAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const user = await getViewer();
  const values = formValues(form);
  const justification = justificationSchema.safeParse(values);
  if (!justification.success) return invalid(justification.error, values);
  // The confirm step of a delete posts `confirm=delete` (components/editor/confirm-button.tsx).
  const intent = values.confirm || values.intent;
  // As for new records, no intent means no publishing: the editor chooses a button.
  if (intent !== "delete" && !publishRequested(values))
    return { ok: false, message: "Choose Publish or Delete.", values };
  const id = String(values.id ?? "");
  const version = parseVersion(values.version) ?? 0;
  const ask =
    intent === "delete" &&
    unconfirmed(values, "delete", "Delete this pledge? It leaves every page; its history stays.");
  if (ask) return ask;
  const result =
    intent === "delete"
      ? await deletePledge(user, id, version, justification.data)
      : await publishPledge(user, id, version, justification.data);
  const held = proposalHref(result);
  if (held) redirect(held);
  if (!result.ok) return refused(result, values);
  revalidatePath("/", "layout");
  if (intent === "delete") redirect("/pledges");
  await markSaved(`/pledges/${id}`, `/history/Pledge/${id}`);
  redirect(`/pledges/${id}`);
}
