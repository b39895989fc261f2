import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const newUserSchema = z.object({
  email: z.email({ message: "Enter an email address." }).max(254),
  name: z.string().trim().min(2, { message: "Enter a name (at least 2 characters)." }).max(100),
  role: z.enum(ROLES, { message: "Choose a role." }),
  password: z.string().min(10, { message: "At least 10 characters." }).max(128),
});

export const roleChangeSchema = z.object({ userId: z.string().min(1).max(100), role: z.enum(ROLES, { message: "Choose a role." }) });
