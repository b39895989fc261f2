import { z } from "zod";
import { safeString } from "@/lib/security/safe-text";

export const signInSchema = z.object({
  email: z.email({ message: "Enter the email address of your account." }).max(254),
  password: safeString()
    .min(1, { message: "Enter your password." })
    .max(128, { message: "Passwords are at most 128 characters." }),
});

const PARSE_BASE = "http://return-path.invalid";

/**
 * Where to go after signing in: only a path on this site, as the URL parser reads it,
 * never an open redirect. The value is parsed the way a browser would read it in a
 * Location header (tabs and newlines dropped, "\\" read as "/"), and anything that then
 * names another origin ("/\t/evil.example" becomes "//evil.example") goes to "/". The
 * parser's own serialisation is returned, so the browser cannot read it differently.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return "/";
  let url: URL;
  try {
    url = new URL(value, PARSE_BASE);
  } catch {
    return "/";
  }
  if (url.origin !== PARSE_BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Belt and braces: what we hand back must itself parse to this origin, unchanged.
  return path.startsWith("/") &&
    !path.startsWith("//") &&
    new URL(path, PARSE_BASE).href === url.href
    ? path
    : "/";
}
