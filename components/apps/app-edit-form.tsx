"use client";

import { type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { appFieldsFromForm } from "@/lib/apps/app-form";
import { useAppMutations, useAppOptions } from "@/lib/apps/hooks";
import type { TAppDetail } from "@/lib/apps/schemas";
import { AppFields } from "./app-fields";

export function AppEditForm({ app, onDone }: { app: TAppDetail; onDone: () => void }) {
  const options = useAppOptions();
  const { update } = useAppMutations();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await update.mutateAsync({ id: app.id, patch: appFieldsFromForm(new FormData(event.currentTarget)) }).catch(() => null);
    if (saved) onDone();
  }

  // The current owner stays selectable even if the options list has not loaded or no longer has them.
  const members = options.data?.members ?? [];
  const withOwner = app.owner && !members.some((m) => m.id === app.owner!.id) ? [app.owner, ...members] : members;

  return (
    <form onSubmit={(e) => void onSubmit(e)} aria-label={`Edit ${app.name}`} className="space-y-4">
      <AppFields members={withOwner} defaults={{ ...app, ownerId: app.owner?.id ?? null }} />
      {update.error ? <ErrorNotice>{errorMessage(update.error)}</ErrorNotice> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={update.isPending}>{update.isPending ? "Saving…" : "Save changes"}</Button>
        <Button variant="secondary" onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
