"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/editor/form-state";
import { getViewer } from "@/lib/auth/server";
import { createCondition, updateCondition } from "@/lib/conditions/mutations";
import { conditionSchema } from "@/lib/conditions/schema";
import { createEvent, updateEvent } from "@/lib/events/mutations";
import { eventSchema } from "@/lib/events/schema";
import { formValues, invalid, parseVersion, refused } from "@/lib/history/form-data";
import { justificationSchema } from "@/lib/history/justification-schema";
import type { MutationResult } from "@/lib/history/write";
import { setPosture } from "@/lib/memberships/mutations";
import { membershipSchema } from "@/lib/memberships/schema";
import { createRequirement, updateRequirement } from "@/lib/requirements/mutations";
import { requirementSchema } from "@/lib/requirements/schema";
import { createSource } from "@/lib/sources/mutations";
import { sourceSchema } from "@/lib/sources/schema";

/** Each action: the session is checked inside the mutation; validation errors go back beside fields. */
async function finish(result: MutationResult, values: Record<string, string | string[]>, to: (id: string) => string): Promise<FormState> {
  if (!result.ok) return refused(result, values);
  revalidatePath("/", "layout");
  redirect(to(result.id));
}

export async function savePostureAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const input = membershipSchema.safeParse({ ...values, isMember: values.isMember === "on" });
  const justification = justificationSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  if (!justification.success) return invalid(justification.error, values);
  const code = String(values.countryCode ?? "");
  const result = await setPosture(await getViewer(), code, parseVersion(values.version), input.data, justification.data);
  return finish(result, values, () => `/countries/${code}`);
}

export async function saveConditionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const input = conditionSchema.safeParse(values);
  const justification = justificationSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  if (!justification.success) return invalid(justification.error, values);
  const slug = String(values.slug ?? "");
  const user = await getViewer();
  const result = slug
    ? await updateCondition(user, slug, parseVersion(values.version) ?? 0, input.data, justification.data)
    : await createCondition(user, { ...input.data, published: values.intent !== "draft" }, justification.data);
  return finish(result, values, (id) => `/conditions/${id}`);
}

export async function saveEventAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["countryCodes", "conditionSlugs"]);
  const input = eventSchema.safeParse(values);
  const justification = justificationSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  if (!justification.success) return invalid(justification.error, values);
  const id = String(values.id ?? "");
  const user = await getViewer();
  const result = id
    ? await updateEvent(user, id, parseVersion(values.version) ?? 0, input.data, justification.data)
    : await createEvent(user, { ...input.data, published: values.intent !== "draft" }, justification.data);
  return finish(result, values, (eventId) => `/events#event-${eventId}`);
}

export async function saveSourceAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const input = sourceSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  const result = await createSource(await getViewer(), input.data, { sourceId: "", quote: "", reason: "New source added" });
  return finish(result, values, (id) => `/sources/${id}`);
}

export async function saveRequirementAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const input = requirementSchema.safeParse(values);
  const justification = justificationSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  if (!justification.success) return invalid(justification.error, values);
  const id = String(values.id ?? "");
  const user = await getViewer();
  const result = id
    ? await updateRequirement(user, id, parseVersion(values.version) ?? 0, input.data, justification.data)
    : await createRequirement(user, input.data, justification.data);
  return finish(result, values, () => "/capability");
}
