"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { ZChangePasswordResponse, PASSWORD_MIN, type TChangePasswordRequest } from "@/lib/account/schemas";
import { apiFetch, errorMessage } from "@/lib/api-client";

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const [mismatch, setMismatch] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (body: TChangePasswordRequest) => apiFetch("/api/v1/me/password", ZChangePasswordResponse, { method: "POST", body }),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formEl = event.currentTarget;
    const f = new FormData(formEl);
    const newPassword = String(f.get("newPassword"));
    if (newPassword !== String(f.get("confirm"))) return setMismatch("The two new passwords differ");
    setMismatch(null);
    const currentPassword = hasPassword ? String(f.get("currentPassword")) : undefined;
    change.mutate({ currentPassword, newPassword }, { onSuccess: () => formEl.reset() });
  }

  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4">
      {hasPassword ? <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required /> : null}
      <TextField label="New password" name="newPassword" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} maxLength={128} hint={`At least ${PASSWORD_MIN} characters. A passphrase works well.`} />
      <TextField label="Repeat new password" name="confirm" type="password" autoComplete="new-password" required error={mismatch} />
      {change.error ? <ErrorNotice>{errorMessage(change.error)}</ErrorNotice> : null}
      {change.data ? <p role="status" className="text-sm text-emerald-700">Password changed. {change.data.otherSessionsEnded} other session(s) were signed out.</p> : null}
      <Button type="submit" disabled={change.isPending}>{change.isPending ? "Saving…" : "Change password"}</Button>
    </form>
  );
}
