import { z } from "zod";

export const SHARE_SCOPES = ["DASHBOARD", "COUNTRY", "CONDITION", "PLEDGES"] as const;
export type ShareScopeName = (typeof SHARE_SCOPES)[number];

/** Pledge-list filters a shared list keeps (same names as the /pledges URL parameters). */
export const sharedPledgeFilterSchema = z
  .object({
    domain: z.string().regex(/^[A-Z_]{2,40}$/).optional(),
    status: z.string().regex(/^[A-Z_]{2,40}$/).optional(),
    disclosure: z.string().regex(/^[A-Z_]{2,40}$/).optional(),
    condition: z.string().regex(/^[a-z0-9-]{1,80}$/).optional(),
    country: z.string().regex(/^([A-Z]{2}|undisclosed)$/).optional(),
    blocked: z.literal("1").optional(),
  })
  .strict();

export const shareParamsSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("DASHBOARD") }),
  z.object({ scope: z.literal("COUNTRY"), code: z.string().regex(/^[A-Z]{2}$/, { message: "A two-letter country code." }) }),
  z.object({ scope: z.literal("CONDITION"), slug: z.string().regex(/^[a-z0-9-]{1,80}$/, { message: "A condition slug." }) }),
  z.object({ scope: z.literal("PLEDGES"), filters: sharedPledgeFilterSchema }),
]);

export type ShareParams = z.infer<typeof shareParamsSchema>;

export const newShareSchema = z.object({
  label: z.string().trim().min(3, { message: "Label the link (at least 3 characters), e.g. who it is for." }).max(120, { message: "At most 120 characters." }),
  expiresInDays: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 3650), { message: "Between 1 and 3650 days, or empty for no expiry." }),
  mode: z.enum(["live", "frozen"], { message: "Choose live or frozen." }),
});

export const extendShareSchema = z.object({
  id: z.string().min(1).max(40),
  expiresInDays: newShareSchema.shape.expiresInDays,
});
