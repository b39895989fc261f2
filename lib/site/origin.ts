import "server-only";
import { headers } from "next/headers";

/**
 * The address people reach the app at: GUARANTOR_URL when set, otherwise this request's
 * host (as a proxy forwards it). Used for share links and social-card image URLs.
 */
export async function publicOrigin(): Promise<string> {
  if (process.env.GUARANTOR_URL) return process.env.GUARANTOR_URL;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

/** The same, for Next's `metadataBase`; none when a forged Host header is not a URL. */
export async function metadataBase(): Promise<URL | undefined> {
  try {
    return new URL(await publicOrigin());
  } catch {
    return undefined;
  }
}
