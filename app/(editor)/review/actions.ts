"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { getViewer } from "@/lib/auth/server";
import { formValues, invalid } from "@/lib/forms/form-data";
import { approveProposal, rejectProposal } from "@/lib/review/mutations";
import { decisionSchema } from "@/lib/review/schema";

/** A second editor approves (the change goes live now) or rejects (nothing changes) a held change. */
export async function decideProposalAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const values = formValues(form);
  const input = decisionSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  const { id, decision, reason } = input.data;
  const user = await getViewer();
  const result =
    decision === "approve"
      ? await approveProposal(user, id, reason)
      : await rejectProposal(user, id, reason);
  if (!result.ok)
    return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
  revalidatePath("/", "layout");
  redirect(`/review/${id}`);
}
