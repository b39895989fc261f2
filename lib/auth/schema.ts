import { z } from "zod";
import { safeString } from "@/lib/security/safe-text";

export const signInSchema = z.object({
  email: z.email({ message: "Enter the email address of your account." }).max(254),
  password: safeString().min(1, { message: "Enter your password." }).max(128, { message: "Passwords are at most 128 characters." }),
});

/** Only same-site paths: never an open redirect to another host. */
export function safeReturnPath(value: unknown): string {
  return typeof value === "string" && /^\/(?!\/|\\)/.test(value) ? value : "/";
}
