"use server";

import { redirect } from "next/navigation";
import { safeReturnPath, signInSchema } from "@/lib/auth/schema";
import { signIn, signOut } from "@/lib/auth/sign-in";
import type { FormState } from "@/lib/forms/form-state";

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = {
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
  };
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: parsed.error.flatten().fieldErrors,
      values: { email: values.email },
    };
  }
  const result = await signIn(parsed.data.email, parsed.data.password);
  if (!result.ok) return { ok: false, message: result.message, values: { email: values.email } };
  redirect(safeReturnPath(form.get("next")));
}

export async function signOutAction() {
  await signOut();
  redirect("/");
}
