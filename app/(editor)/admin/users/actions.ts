"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/forms/form-state";
import { getViewer } from "@/lib/auth/server";
import { formValues, invalid, refused } from "@/lib/forms/form-data";
import { changeRole, createUser } from "@/lib/users/mutations";
import { newUserSchema, roleChangeSchema } from "@/lib/users/schema";

export async function createUserAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const parsed = newUserSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, { ...values, password: "" });
  const result = await createUser(await getViewer(), parsed.data);
  if (!result.ok) return refused(result, { ...values, password: "" });
  revalidatePath("/admin/users");
  return {
    ok: true,
    message: `Created ${parsed.data.email} (${parsed.data.role}). Hand them the password over a safe channel.`,
  };
}

export async function changeRoleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const parsed = roleChangeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await changeRole(await getViewer(), parsed.data.userId, parsed.data.role);
  if (!result.ok) return refused(result, values);
  revalidatePath("/admin/users");
  return { ok: true, message: "Role changed." };
}
