"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Invalid email or password.",
  RATE_LIMITED: "Too many failed attempts. Wait a few minutes and try again.",
  AccessDenied: "Your SSO account could not be matched to a console user (is your email verified?).",
  SessionRequired: "Please sign in to continue.",
};

// Only same-origin paths: "//evil", "/\\evil" and absolute URLs fall back to the dashboard.
function safeCallback(value: string | null): string {
  if (!value || !value.startsWith("/") || /[\\\u0000-\u001f]/.test(value)) return "/dashboard";
  try {
    const url = new URL(value, window.location.origin);
    return url.origin === window.location.origin ? `${url.pathname}${url.search}${url.hash}` : "/dashboard";
  } catch {
    return "/dashboard";
  }
}

export function SignInForm({ sso }: { sso: { name: string } | null }) {
  const router = useRouter();
  const params = useSearchParams();
  const callbackUrl = safeCallback(params.get("callbackUrl"));
  const [error, setError] = useState<string | null>(() => {
    const code = params.get("error");
    return code ? (MESSAGES[code] ?? "Sign-in failed. Try again.") : null;
  });
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    if (result?.ok && !result.error) {
      router.push(callbackUrl);
      router.refresh();
      return;
    }
    setBusy(false);
    setError(MESSAGES[result?.error ?? ""] ?? MESSAGES.CredentialsSignin!);
  }

  return (
    <div className="space-y-6">
      {error ? <ErrorNotice>{error}</ErrorNotice> : null}
      <form onSubmit={(e) => void onSubmit(e)} className="space-y-4" noValidate>
        <TextField label="Email" name="email" type="email" autoComplete="username" required autoFocus />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" className="w-full" disabled={busy}>{busy ? "Signing in…" : "Sign in"}</Button>
      </form>
      {sso ? (
        <>
          <div className="flex items-center gap-3 text-xs text-slate-400"><span className="h-px flex-1 bg-slate-200" />or<span className="h-px flex-1 bg-slate-200" /></div>
          <Button variant="secondary" className="w-full" onClick={() => void signIn("oidc", { callbackUrl })}>
            Sign in with {sso.name}
          </Button>
        </>
      ) : null}
    </div>
  );
}
