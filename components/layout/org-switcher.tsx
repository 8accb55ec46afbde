"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { apiFetch, errorMessage } from "@/lib/api-client";

export type OrgOption = { id: string; name: string; slug: string; roleLabel: string };

export function OrgSwitcher({ active, orgs }: { active: OrgOption; orgs: OrgOption[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function switchTo(orgId: string) {
    setBusy(true);
    setError(null);
    try {
      await apiFetch("/api/v1/me/active-org", z.object({ ok: z.literal(true) }), { method: "POST", body: { orgId } });
      router.push("/dashboard");
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div>
      <label htmlFor="org-switcher" className="mb-1 block text-xs font-medium uppercase tracking-wide text-slate-400">Organization</label>
      <select
        id="org-switcher"
        value={active.id}
        disabled={busy || orgs.length < 2}
        onChange={(e) => void switchTo(e.target.value)}
        className="w-full rounded-md border-0 bg-slate-800 px-2 py-1.5 text-sm text-white ring-1 ring-slate-700 focus:ring-2 focus:ring-brand-500"
      >
        {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
      {error ? <p role="alert" className="mt-1 text-xs text-red-300">{error}</p> : null}
    </div>
  );
}
