/**
 * Talking to the server the way a browser without JavaScript does: signing in, and
 * replaying a page's server-action forms (their hidden `$ACTION_…` inputs) with other
 * values, as multipart POSTs.
 */
export type PageForm = {
  hidden: Record<string, string>;
  fields: Record<string, string>;
  options: Record<string, string[]>;
};

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The server-action forms on a page: hidden inputs, other fields with their values, and select options. */
export function pageForms(html: string): PageForm[] {
  return [...html.matchAll(/<form[\s\S]*?<\/form>/g)].flatMap(([form]) => {
    const hidden: Record<string, string> = {};
    const fields: Record<string, string> = {};
    const options: Record<string, string[]> = {};
    for (const [tag] of form.matchAll(/<(input|textarea|select)\b[^>]*>/g)) {
      const name = attr(tag, "name");
      if (!name) continue;
      const value = unescape(attr(tag, "value") ?? "");
      const type = attr(tag, "type");
      if (type === "hidden") hidden[name] = value;
      else if (type === "checkbox" || type === "radio") {
        (options[name] ??= []).push(value);
        if (/\schecked=/.test(tag)) fields[name] = value; // unchecked boxes are not sent
      } else fields[name] = value;
    }
    for (const [, name, body] of form.matchAll(
      /<select[^>]*\sname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g,
    )) {
      const choices = [...body!.matchAll(/<option([^>]*)value="([^"]*)"([^>]*)>/g)];
      options[name!] = choices.map((m) => unescape(m[2]!));
      const selected = choices.find((m) => /selected/.test(m[1]! + m[3]!));
      fields[name!] = unescape((selected ?? choices[0])?.[2] ?? "");
    }
    for (const [, name, body] of form.matchAll(
      /<textarea[^>]*\sname="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g,
    ))
      fields[name!] = unescape(body!);
    return Object.keys(hidden).some((k) => k.startsWith("$ACTION"))
      ? [{ hidden, fields, options }]
      : [];
  });
}

export async function getText(base: string, path: string, cookie: string) {
  const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, text: await response.text() };
}

/** Posts a form as the browser would (same origin, the session cookie). */
export async function postForm(
  base: string,
  path: string,
  cookie: string,
  values: Record<string, string | string[]>,
) {
  const body = new FormData();
  for (const [key, value] of Object.entries(values))
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { cookie, origin: base },
    body,
    redirect: "manual",
  });
  return {
    status: response.status,
    location: response.headers.get("location"),
    text: await response.text(),
  };
}

/** Signs in through better-auth's endpoint and returns the session cookie. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
