"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/feedback";
import { OAUTH_ERROR_MESSAGES, OAUTH_ERROR_REASONS, type OAuthErrorReason } from "@/lib/oauth/schemas";

const isReason = (r: string | null): r is OAuthErrorReason => (OAUTH_ERROR_REASONS as readonly string[]).includes(r ?? "");

/** The outcome the OAuth callback put in the URL (?oauth=connected | ?oauth=error&reason=…). */
export function OAuthResultNotice() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const outcome = params.get("oauth");
  if (outcome !== "connected" && outcome !== "error") return null;
  const reason = params.get("reason");
  const dismiss = (
    <Button variant="ghost" className="ml-auto px-2 py-1 text-xs" onClick={() => router.replace(pathname, { scroll: false })}>Dismiss</Button>
  );
  if (outcome === "connected") {
    return (
      <div role="status" className="flex items-center gap-3 rounded-md bg-emerald-50 px-4 py-3 text-sm text-emerald-800 ring-1 ring-emerald-200">
        <span>Connected: the provider issued tokens. They are stored encrypted and renewed automatically.</span>
        {dismiss}
      </div>
    );
  }
  return (
    <ErrorNotice>
      <div className="flex items-center gap-3">
        <span>Connecting failed: {isReason(reason) ? OAUTH_ERROR_MESSAGES[reason] : "the provider sign-in did not complete."}</span>
        {dismiss}
      </div>
    </ErrorNotice>
  );
}
