"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { EditorOnly } from "@/components/auth/editor-only";
import { Badge } from "@/components/ui/badge";
import { CONDITION_STATUSES } from "@/lib/labels";
import { evaluate, isFree } from "@/lib/what-if/evaluate";
import type { WhatIfData } from "@/lib/what-if/queries";
import { scenarioHref, scenarioMet } from "@/lib/what-if/scenario";
import { WhatIfResults } from "./what-if-results";

/**
 * The conditions as a form: a GET form the server answers without JavaScript, and
 * with JavaScript every toggle recounts in the browser at once and rewrites the address.
 * On a share link (`shared`) the address stays the link's: toggles still recount, and
 * "Back" returns to the scenario the link was made with.
 */
export function WhatIfBoard({
  data,
  initialMet,
  shared = false,
}: {
  data: WhatIfData;
  initialMet: string[];
  shared?: boolean;
}) {
  const baseline = useMemo(
    () => new Set(data.conditions.filter((c) => c.met).map((c) => c.slug)),
    [data],
  );
  const [met, setMet] = useState(() => new Set(initialMet));
  const outcome = useMemo(
    () => evaluate(data.groups, data.needs, baseline, met),
    [data, baseline, met],
  );
  const href = scenarioHref(met, baseline);
  const unblocked = data.pledges?.filter((p) => !isFree(p, baseline) && isFree(p, met)) ?? null;
  const blocked = data.pledges?.filter((p) => isFree(p, baseline) && !isFree(p, met)) ?? null;

  useEffect(() => {
    if (!shared && window.location.pathname + window.location.search !== href)
      window.history.replaceState(null, "", href);
  }, [href, shared]);

  const toggle = (slug: string, on: boolean) =>
    setMet((prev) => {
      const next = new Set(prev);
      if (on) next.add(slug);
      else next.delete(slug);
      return next;
    });

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <form
        method="get"
        action="/what-if"
        className="min-w-0 self-start rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      >
        <fieldset>
          <legend className="text-base font-semibold text-slate-900">Take as met</legend>
          <p className="mt-1 text-sm text-slate-600">
            Ticked: met in this scenario. Each starts at its recorded status.
          </p>
          {/* Sent even when nothing is ticked, so "none met" is a scenario of its own. */}
          <input type="hidden" name="met" value="" />
          <ul className="mt-3 space-y-1">
            {data.conditions.map((c) => (
              <li key={c.slug}>
                <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md px-2 py-2 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    name="met"
                    value={c.slug}
                    checked={met.has(c.slug)}
                    onChange={(e) => toggle(c.slug, e.target.checked)}
                    className="mt-0.5 size-5 shrink-0 accent-sky-700"
                  />
                  <span className="text-sm">
                    <span className="font-medium text-slate-900">{c.name}</span>
                    <span className="mt-0.5 block text-xs text-slate-600">
                      Recorded:{" "}
                      <Badge tone={CONDITION_STATUSES[c.status].tone}>
                        {CONDITION_STATUSES[c.status].label}
                      </Badge>
                      {met.has(c.slug) !== c.met && (
                        <span className="ml-1 font-medium text-sky-800">changed</span>
                      )}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          <button
            type="submit"
            className="min-h-11 rounded-md bg-slate-900 px-4 font-medium text-white hover:bg-slate-700"
          >
            Show this scenario
          </button>
          {shared ? (
            <button
              type="button"
              onClick={() => setMet(new Set(initialMet))}
              className="inline-flex min-h-11 items-center text-sky-800 underline"
            >
              Back to the shared scenario
            </button>
          ) : (
            <Link
              href="/what-if"
              onClick={() => setMet(new Set(baseline))}
              className="inline-flex min-h-11 items-center"
            >
              Back to the recorded state
            </Link>
          )}
        </div>
        <p className="mt-4 text-xs break-all text-slate-600">
          {shared ? "Open this scenario in the tracker" : "Link to this scenario"}:{" "}
          <a href={href}>{href}</a>
        </p>
        {!shared && (
          <EditorOnly permission="shares:manage">
            <p className="mt-3 text-sm">
              <Link
                href={shareHref(scenarioMet(met, baseline))}
                className="inline-flex min-h-11 items-center"
              >
                Share this scenario as a link…
              </Link>
            </p>
          </EditorOnly>
        )}
      </form>
      <WhatIfResults data={data} outcome={outcome} unblocked={unblocked} blocked={blocked} />
    </div>
  );
}

/** The share form for a scenario (null: the recorded state, kept live). */
function shareHref(met: string[] | null): string {
  const query = new URLSearchParams({ scope: "WHAT_IF", ...(met && { met: met.join(",") }) });
  return `/shares/new?${query.toString()}`;
}
