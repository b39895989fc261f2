import { z } from "zod";
import { safeString } from "@/lib/security/safe-text";
import { ROLES } from "@/lib/auth/permissions";

export const newUserSchema = z.object({
  email: z.email({ message: "Enter an email address." }).max(254),
  name: safeString().trim().min(2, { message: "Enter a name (at least 2 characters)." }).max(100),
  role: z.enum(ROLES, { message: "Choose a role." }),
  password: safeString().min(10, { message: "At least 10 characters." }).max(128),
});

export const roleChangeSchema = z.object({
  userId: safeString().min(1).max(100),
  role: z.enum(ROLES, { message: "Choose a role." }),
});
