import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getViewer } from "@/lib/auth/server";
import { safeReturnPath } from "@/lib/auth/schema";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const next = safeReturnPath((await searchParams).next);
  if (await getViewer()) redirect(next);
  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600">
        For editors and analysts. Accounts are created by an admin; the public reads without one.
      </p>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm signIn={signInAction} next={next} />
      </div>
    </div>
  );
}
