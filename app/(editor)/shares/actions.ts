"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/forms/form-state";
import { getViewer } from "@/lib/auth/server";
import { publicOrigin } from "@/lib/site/origin";
import { formValues, invalid, refused, unconfirmed } from "@/lib/forms/form-data";
import { createShare, extendShare, reissueShare, revokeShare } from "@/lib/shares/mutations";
import { extendShareSchema, newShareSchema, shareParamsSchema } from "@/lib/shares/schema";

export async function createShareAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const input = newShareSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  let params: unknown;
  try {
    params = JSON.parse(String(values.params ?? ""));
  } catch {
    params = null;
  }
  const scope = shareParamsSchema.safeParse(params);
  if (!scope.success)
    return {
      ok: false,
      message: "This view cannot be shared: its address is not understood.",
      values,
    };
  const result = await createShare(await getViewer(), scope.data, input.data);
  if (!result.ok) return refused(result, values);
  revalidatePath("/shares");
  return created(
    result.token,
    "Link created. Copy it now: only its fingerprint is kept, so it cannot be shown again.",
  );
}

async function created(token: string, message: string): Promise<FormState> {
  const base = await publicOrigin();
  return {
    ok: true,
    message,
    created: { url: `${base}/s/${token}`, embedUrl: `${base}/embed/${token}` },
  };
}

/** A revoked or expired link again, as a new address with the same settings. */
export async function reissueShareAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await reissueShare(await getViewer(), String(form.get("id") ?? ""));
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/shares");
  return created(
    result.token,
    "New link issued with the same settings. Copy it now: it cannot be shown again.",
  );
}

export async function revokeShareAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const ask = unconfirmed(
    values,
    "revoke",
    "Revoke this link? Whoever has it can no longer open it. You can issue a new link with the same settings later.",
  );
  if (ask) return ask;
  const result = await revokeShare(await getViewer(), String(values.id ?? ""));
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/shares");
  return { ok: true, message: "Revoked." };
}

export async function extendShareAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const input = extendShareSchema.safeParse(values);
  if (!input.success) return invalid(input.error, values);
  const result = await extendShare(await getViewer(), input.data.id, input.data.expiresInDays);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/shares");
  return { ok: true, message: "Expiry changed." };
}
