import { z } from "zod";
import { safeString } from "@/lib/security/safe-text";
import { COUNTRY_CODE, SLUG } from "@/lib/codes";

export const SHARE_SCOPES = ["DASHBOARD", "COUNTRY", "CONDITION", "PLEDGES", "WHAT_IF"] as const;
export type ShareScopeName = (typeof SHARE_SCOPES)[number];

const list = z
  .string()
  .regex(/^[A-Za-z0-9_,-]{1,600}$/)
  .optional();

/** Pledge-list filters a shared list keeps: the /pledges explorer's own URL parameters. */
export const sharedPledgeFilterSchema = z
  .object({
    domain: list,
    status: list,
    disclosure: list,
    condition: list,
    country: list,
    blocked: z.enum(["1", "true"]).optional(),
    q: safeString().max(200).optional(),
    from: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    to: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();

export const shareParamsSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("DASHBOARD") }),
  z.object({
    scope: z.literal("COUNTRY"),
    code: z.string().regex(COUNTRY_CODE, { message: "A two-letter country code." }),
  }),
  z.object({
    scope: z.literal("CONDITION"),
    slug: z.string().regex(SLUG, { message: "A condition slug." }),
  }),
  z.object({ scope: z.literal("PLEDGES"), filters: sharedPledgeFilterSchema }),
  z.object({
    scope: z.literal("WHAT_IF"),
    /** The conditions taken as met; absent: the recorded state, whatever it is when opened. */
    met: z
      .array(z.string().regex(SLUG, { message: "A condition slug." }))
      .max(100)
      .optional(),
  }),
]);

/** Scopes whose view is only ever read live: their links cannot be frozen or pinned. */
export const LIVE_ONLY_SCOPES: ReadonlySet<ShareScopeName> = new Set(["WHAT_IF"]);

export type ShareParams = z.infer<typeof shareParamsSchema>;

export const newShareSchema = z
  .object({
    label: safeString()
      .trim()
      .min(3, { message: "Label the link (at least 3 characters), e.g. who it is for." })
      .max(120, { message: "At most 120 characters." }),
    expiresInDays: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 3650), {
        message: "Between 1 and 3650 days, or empty for no expiry.",
      }),
    mode: z.enum(["live", "frozen", "release"], { message: "Choose live, frozen or a release." }),
    /** With mode "release": the release whose data the link shows. */
    release: z.string().trim().max(20).optional(),
  })
  .refine((v) => v.mode !== "release" || !!v.release, {
    message: "Choose the release the link shows.",
    path: ["release"],
  });

export const extendShareSchema = z.object({
  id: safeString().min(1).max(40),
  expiresInDays: newShareSchema.shape.expiresInDays,
});
