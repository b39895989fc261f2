/**
 * Builders the API and export tests need beyond factory.ts: pledges with dates,
 * descriptions and several citations, and drafts (published: false) of any kind.
 */
import { db } from "../../lib/db";
import type { Disclosure, PledgeDomain, PledgeStatus } from "../../lib/generated/prisma/enums";
import { cite, uid } from "./factory";

export async function makeApiPledge(opts: {
  coalitionSlug: string;
  countryCode?: string | null;
  domain?: PledgeDomain;
  status?: PledgeStatus;
  disclosure?: Disclosure;
  description?: string;
  announcedOn?: string;
  quantity?: number;
  unit?: string;
  conditions?: string[];
  citations?: { sourceId: string; quote: string }[];
  published?: boolean;
  internalNote?: string;
}) {
  return db.pledge.create({
    data: {
      id: uid("pledge"),
      coalitionSlug: opts.coalitionSlug,
      countryCode: opts.countryCode ?? null,
      pledgerNote: opts.countryCode ? null : "Unnamed countries",
      domain: opts.domain ?? "LAND_FORCES",
      description: opts.description ?? `Test pledge ${uid("d")}`,
      status: opts.status ?? "ANNOUNCED",
      disclosure: opts.disclosure ?? "OFFICIAL",
      quantity: opts.quantity ?? null,
      unit: opts.unit ?? null,
      announcedOn: opts.announcedOn ? new Date(`${opts.announcedOn}T00:00:00Z`) : null,
      published: opts.published ?? true,
      internalNote: opts.internalNote ?? null,
      conditions: { create: (opts.conditions ?? []).map((conditionSlug) => ({ conditionSlug })) },
      citations: opts.citations?.length ? { create: opts.citations } : await cite(),
    },
  });
}

export async function makeDraftSource(text = "A draft article, not yet checked.") {
  return db.source.create({
    data: {
      id: uid("src"),
      title: `Draft source ${uid("t")}`,
      text,
      sha256: "0".repeat(64),
      published: false,
    },
  });
}

export async function unpublish(kind: "condition" | "event" | "membership", key: string) {
  if (kind === "condition")
    await db.condition.update({
      where: { slug: key },
      data: { published: false, internalNote: "secret note" },
    });
  if (kind === "event")
    await db.event.update({
      where: { id: key },
      data: { published: false, internalNote: "secret note" },
    });
  if (kind === "membership")
    await db.membership.update({ where: { id: key }, data: { published: false } });
}

/** Calls a route handler the way Next does, with its params as a promise. */
export function call(
  handler: (
    request: Request,
    context: { params: Promise<Record<string, string>> },
  ) => Promise<Response>,
  url: string,
  opts: { params?: Record<string, string>; init?: RequestInit } = {},
) {
  return handler(new Request(`http://x${url}`, opts.init), {
    params: Promise.resolve(opts.params ?? {}),
  });
}
