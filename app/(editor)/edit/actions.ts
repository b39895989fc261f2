"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { getViewer } from "@/lib/auth/server";
import { removeCitation } from "@/lib/citations/mutations";
import { removeCitationSchema } from "@/lib/citations/schema";
import { createCondition, updateCondition } from "@/lib/conditions/mutations";
import { conditionSchema } from "@/lib/conditions/schema";
import { createEvent, deleteEvent, updateEvent } from "@/lib/events/mutations";
import { eventSchema } from "@/lib/events/schema";
import { updateFigure } from "@/lib/figures/mutations";
import { figureSchema } from "@/lib/figures/schema";
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
import type { MutationResult } from "@/lib/changes/write";
import { setPosture } from "@/lib/postures/mutations";
import { postureSchema } from "@/lib/postures/schema";
import { createRequirement, updateRequirement } from "@/lib/requirements/mutations";
import { requirementSchema } from "@/lib/requirements/schema";
import { markSaved } from "@/lib/editor/saved";
import { createSource } from "@/lib/sources/mutations";
import { sourceSchema } from "@/lib/sources/schema";

/**
 * Each action: the session is checked inside the mutation; validation errors go back
 * beside fields. A change held for review goes to its proposal. A save lands on the
 * record itself, saying "Saved" with a link to the record's history (`type`).
 */
async function finish(
  result: MutationResult,
  values: Record<string, string | string[]>,
  to: (id: string) => string,
  type?: string,
): Promise<FormState> {
  const held = proposalHref(result);
  if (held) redirect(held);
  if (!result.ok) return refused(result, values);
  revalidatePath("/", "layout");
  const path = to(result.id);
  await markSaved(path, type ? `/history/${type}/${encodeURIComponent(result.id)}` : null);
  redirect(path);
}

export async function savePostureAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const parsed = parseChange(postureSchema, values, {
    newFact: !values.version,
    toInput: (v) => ({ ...v, isMember: v.isMember === "on" }),
  });
  if ("ok" in parsed) return parsed;
  const { input, justification } = parsed;
  const code = String(values.countryCode ?? "");
  // No version: the country has no posture yet. A version that is not one is refused.
  const version = values.version ? (parseVersion(values.version) ?? 0) : null;
  const result = await setPosture(await getViewer(), code, version, input, justification);
  return finish(result, values, () => `/countries/${code}`, "Membership");
}

export async function saveConditionAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = formValues(form);
  const parsed = parseChange(conditionSchema, values, { newFact: !values.slug });
  if ("ok" in parsed) return parsed;
  const { input, justification } = parsed;
  const slug = String(values.slug ?? "");
  const user = await getViewer();
  const result = slug
    ? await updateCondition(user, slug, parseVersion(values.version) ?? 0, input, justification)
    : await createCondition(user, { ...input, published: publishRequested(values) }, justification);
  return finish(result, values, (id) => `/conditions/${id}`, "Condition");
}

export async function saveEventAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form, ["countryCodes", "conditionSlugs"]);
  const parsed = parseChange(eventSchema, values, { newFact: !values.id });
  if ("ok" in parsed) return parsed;
  const { input, justification } = parsed;
  const id = String(values.id ?? "");
  const user = await getViewer();
  const result = id
    ? await updateEvent(user, id, parseVersion(values.version) ?? 0, input, justification)
    : await createEvent(user, { ...input, published: publishRequested(values) }, justification);
  return finish(result, values, (eventId) => `/events#event-${eventId}`, "Event");
}

/** Delete an event, with a reason, once confirmed. */
export async function eventLifecycleAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = formValues(form);
  const justification = justificationSchema.safeParse(values);
  if (!justification.success) return invalid(justification.error, values);
  const ask = unconfirmed(
    values,
    "delete",
    "Delete this event? It leaves every page; its history stays.",
  );
  if (ask) return ask;
  const result = await deleteEvent(
    await getViewer(),
    String(values.id ?? ""),
    parseVersion(values.version) ?? 0,
    justification.data,
  );
  const held = proposalHref(result);
  if (held) redirect(held);
  if (!result.ok) return refused(result, values);
  revalidatePath("/", "layout");
  redirect("/events");
}

export async function saveSourceAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const input = sourceSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  const result = await createSource(await getViewer(), input.data, {
    sourceId: "",
    quote: "",
    reason: "New source added",
  });
  return finish(result, values, (id) => `/sources/${id}`, "Source");
}

export async function saveRequirementAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = formValues(form);
  const parsed = parseChange(requirementSchema, values, { newFact: !values.id });
  if ("ok" in parsed) return parsed;
  const { input, justification } = parsed;
  const id = String(values.id ?? "");
  const user = await getViewer();
  const result = id
    ? await updateRequirement(user, id, parseVersion(values.version) ?? 0, input, justification)
    : await createRequirement(user, input, justification);
  return finish(result, values, () => "/capability", "Requirement");
}

export async function saveFigureAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const parsed = parseChange(figureSchema, values, { newFact: false });
  if ("ok" in parsed) return parsed;
  const { input, justification } = parsed;
  const result = await updateFigure(
    await getViewer(),
    String(values.id ?? ""),
    parseVersion(values.version) ?? 0,
    input,
    justification,
  );
  return finish(result, values, () => "/", "HeadlineFigure");
}

/** Take a quote off a fact (with a reason); the edit page then lists the rest. */
export async function removeCitationAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = formValues(form);
  const input = removeCitationSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  const ask = unconfirmed(
    values,
    "remove",
    "Remove this quote from the fact? Its history keeps it.",
  );
  if (ask) return ask;
  const result = await removeCitation(await getViewer(), input.data);
  if (!result.ok) return refused(result, values);
  revalidatePath("/", "layout");
  return { ok: true };
}
