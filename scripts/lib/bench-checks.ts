/**
 * What must hold across instances, checked over HTTP by `npm run bench:cluster`:
 * a session made on one instance is honoured by the other (and ended there when signed
 * out on the first), and the rate limits count requests to either instance together.
 */
import { getText, signInCookie } from "../chaos/http";

export type Check = { name: string; expected: string; observed: string; ok: boolean };
type Instance = { name: string; base: string };

/**
 * Signed in on `a`, the editor's edit form loads on `b`; signed out on `a`, `b` sends it
 * to sign in, and no longer serves the dashboard it had cached for that session.
 */
export async function sessionChecks(
  a: Instance,
  b: Instance,
  editor: { email: string; password: string },
  pledgeId: string,
): Promise<Check[]> {
  const cookie = await signInCookie(a.base, editor.email, editor.password);
  const form = (r: { status: number; text: string }) =>
    r.status === 200 && r.text.includes('name="description"');
  const onB = await getText(b.base, `/edit/pledges/${pledgeId}`, cookie);
  const signedIn = (r: { status: number; text: string }) =>
    r.status === 200 && r.text.includes("Sign out");
  await getText(b.base, "/", cookie); // rendered, and kept in b's signed-in cache
  const cachedOnB = await getText(b.base, "/", cookie);
  const signOut = await fetch(`${a.base}/api/auth/sign-out`, {
    method: "POST",
    headers: { cookie, origin: a.base, "content-type": "application/json" },
    body: "{}",
  });
  await signOut.arrayBuffer();
  const afterSignOut = await getText(b.base, `/edit/pledges/${pledgeId}`, cookie);
  const dashboardAfter = await getText(b.base, "/", cookie);
  return [
    {
      name: `session made on ${a.name}, edit form on ${b.name}`,
      expected: "200 with the form",
      observed: `${onB.status}${form(onB) ? " with the form" : " without the form"}`,
      ok: form(onB),
    },
    {
      name: `signed out on ${a.name}, edit form on ${b.name}`,
      expected: "redirect to sign-in",
      observed: `sign-out ${signOut.status}; then ${afterSignOut.status}${form(afterSignOut) ? " with the form" : ""}`,
      ok:
        signOut.ok &&
        afterSignOut.status >= 300 &&
        afterSignOut.status < 400 &&
        !form(afterSignOut),
    },
    {
      name: `signed out on ${a.name}, dashboard ${b.name} had cached for the session`,
      expected: "signed in before; the public view after",
      observed: `${signedIn(cachedOnB) ? "signed in" : "not signed in"} before; ${signedIn(dashboardAfter) ? "signed in" : "the public view"} after`,
      ok: signedIn(cachedOnB) && dashboardAfter.status === 200 && !signedIn(dashboardAfter),
    },
  ];
}

/**
 * Requests alternating between the instances until the first 429: with one shared
 * count, that comes after `limit` in all; with a count per instance, after twice that.
 */
async function firstRefusal(
  instances: Instance[],
  limit: number,
  send: (base: string) => Promise<number>,
): Promise<number | null> {
  for (let i = 0; i < limit * 2 + 2; i++) {
    if ((await send(instances[i % instances.length]!.base)) === 429) return i;
  }
  return null;
}

export async function rateLimitChecks(
  instances: Instance[],
  opts: { signInsSoFar: number },
): Promise<Check[]> {
  const names = instances.map((i) => i.name).join(" and ");
  // 60 a minute per address (lib/shares/open-limit.ts), counted in PostgreSQL.
  const shareOpens = await firstRefusal(
    instances,
    60,
    async (base) =>
      (await fetch(`${base}/s/not-a-real-token-${Math.random().toString(36).slice(2)}`)).status,
  );
  // better-auth's own limit on its sign-in endpoint: 5 a minute per address (lib/auth/config.ts), stored in PostgreSQL.
  const signIns = await firstRefusal(instances, 5, async (base) => {
    const r = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: "nobody@bench.invalid", password: "not the password" }),
    });
    await r.arrayBuffer();
    return r.status;
  });
  const signInAllowed = signIns === null ? null : signIns + opts.signInsSoFar;
  return [
    {
      name: `share-link opens alternating ${names} before the first 429`,
      expected: "60 (one count for both)",
      observed: shareOpens === null ? "never refused" : String(shareOpens),
      ok: shareOpens === 60,
    },
    {
      name: `sign-in attempts from one address (${opts.signInsSoFar} already made) alternating ${names} before the first 429`,
      expected: "5 (one count for both)",
      observed: signInAllowed === null ? "never refused" : String(signInAllowed),
      ok: signInAllowed === 5,
    },
  ];
}
