"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useIntegrationMutations } from "@/lib/integrations/hooks";
import type { TIntegrationSecret } from "@/lib/integrations/schemas";
import { purposeLabel } from "./integrations-table";

/** Rotate (record a new value) and change the policy of one secret. */
export function SecretRowActions({ integrationId, secret }: { integrationId: string; secret: TIntegrationSecret }) {
  const { rotate, setPolicy } = useIntegrationMutations();
  const [done, setDone] = useState<string | null>(null);
  const label = purposeLabel(secret.purpose);

  async function onRotate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const value = String(new FormData(formEl).get("value") ?? "");
    const result = await rotate.mutateAsync({ id: integrationId, secretId: secret.id, value }).catch(() => null);
    formEl.reset(); // the new value leaves the page whether or not it was accepted
    if (result) setDone(`Rotated: now ending in ${result.last4}.`);
  }

  async function onPolicy(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const rotationDays = Number(new FormData(event.currentTarget).get("rotationDays"));
    const result = await setPolicy.mutateAsync({ id: integrationId, secretId: secret.id, rotationDays }).catch(() => null);
    if (result) setDone(`Policy saved: every ${result.rotationDays} days.`);
  }

  return (
    <div className="space-y-3">
      {secret.rotatable ? (
        <form onSubmit={(e) => void onRotate(e)} className="flex flex-wrap items-end gap-2" aria-label={`Rotate ${label}`}>
          <TextField label={`New ${label.toLowerCase()}`} name="value" type="password" autoComplete="new-password" required maxLength={20_000} spellCheck={false} hint="Stored encrypted; never shown again." />
          <Button type="submit" variant="secondary" disabled={rotate.isPending}>{rotate.isPending ? "Rotating…" : "Rotate"}</Button>
        </form>
      ) : <p className="text-xs text-slate-500">Renewed by the OAuth connection; reconnect to replace it.</p>}
      <form onSubmit={(e) => void onPolicy(e)} className="flex flex-wrap items-end gap-2" aria-label={`Rotation policy of ${label}`}>
        <TextField label="Rotate every (days)" name="rotationDays" type="number" min={1} max={3650} required defaultValue={secret.rotationDays} className="w-40" />
        <Button type="submit" variant="secondary" disabled={setPolicy.isPending}>Save policy</Button>
      </form>
      {rotate.error ? <ErrorNotice>{errorMessage(rotate.error)}</ErrorNotice> : null}
      {setPolicy.error ? <ErrorNotice>{errorMessage(setPolicy.error)}</ErrorNotice> : null}
      {done ? <p role="status" className="text-xs text-emerald-700">{done}</p> : null}
    </div>
  );
}
