"use client";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { inputClass } from "@/components/editor/field";

/**
 * Finds a country by name or ISO code. A plain GET form (works without JavaScript);
 * with JavaScript the list follows the typing, a quarter of a second after the last key.
 */
export function CountrySearch({ q, posture }: { q: string; posture: string | null }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const go = (value: string) => {
    const params = new URLSearchParams();
    if (value.trim()) params.set("q", value.trim());
    if (posture) params.set("posture", posture);
    const query = params.toString();
    router.replace(`/countries${query ? `?${query}` : ""}`, { scroll: false });
  };
  return (
    <form method="get" action="/countries" role="search" className="flex max-w-md items-end gap-2">
      <div className="grow">
        <label htmlFor="country-q" className="text-sm font-medium text-slate-800">
          Find a country
        </label>
        <input
          id="country-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Name or code, e.g. Poland or PL"
          autoComplete="off"
          className={`${inputClass} mt-1`}
          onChange={(e) => {
            const value = e.currentTarget.value;
            clearTimeout(timer.current);
            timer.current = setTimeout(() => go(value), 250);
          }}
        />
      </div>
      {posture && <input type="hidden" name="posture" value={posture} />}
      <button
        type="submit"
        className="rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white hover:bg-slate-700"
      >
        Search
      </button>
    </form>
  );
}
