import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env, oidcConfigured } from "@/lib/server/env";
import { getPagePrincipal } from "@/lib/server/page-auth";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage() {
  if (await getPagePrincipal()) redirect("/dashboard");
  const sso = oidcConfigured() ? { name: env().OIDC_DISPLAY_NAME } : null;
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold text-slate-900">Sign in to LLM SecOps</h1>
        <p className="mb-6 mt-1 text-sm text-slate-500">Secure the LLM applications your organization runs.</p>
        <Suspense>
          <SignInForm sso={sso} />
        </Suspense>
      </div>
    </main>
  );
}
