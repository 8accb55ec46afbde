"use client";

import { useState, type FormEvent } from "react";
import { AppPicker } from "@/components/imports/app-picker";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useApps } from "@/lib/apps/hooks";
import { useGatewayAppSettings, useGatewaySettingsMutations } from "@/lib/gateway/hooks";
import type { TGatewayAppSettings, TGatewayAppSettingsBody } from "@/lib/gateway/schemas";
import { apiFieldErrors } from "@/components/ui/api-field-errors";
import { limitText, limitValue } from "./usage-data";

type Field = keyof TGatewayAppSettingsBody;
const FIELDS: { name: Field; label: string; money?: boolean }[] = [
  { name: "rpmLimit", label: "Requests per minute" },
  { name: "tpmLimit", label: "Tokens per minute" },
  { name: "dailyBudgetUsd", label: "Daily budget (USD)", money: true },
  { name: "monthlyBudgetUsd", label: "Monthly budget (USD)", money: true },
  { name: "maxInputTokens", label: "Max input tokens per request" },
  { name: "maxOutputTokens", label: "Max output tokens per request" },
];
const NAMES = FIELDS.map((f) => f.name);

function LimitsForm({ settings, canManage }: { settings: TGatewayAppSettings; canManage: boolean }) {
  const { saveApp } = useGatewaySettingsMutations();
  const [saved, setSaved] = useState(false);
  const errors = apiFieldErrors(saveApp.error, NAMES);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const body = Object.fromEntries(NAMES.map((n) => [n, limitValue(f.get(n))])) as TGatewayAppSettingsBody;
    setSaved(false);
    saveApp.mutate({ appId: settings.appId, body }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Gateway limits of ${settings.appName}`} className="space-y-4" onChange={() => setSaved(false)}>
      <fieldset disabled={!canManage || saveApp.isPending} className="grid gap-4 sm:grid-cols-3">
        <legend className="sr-only">Limits of {settings.appName}</legend>
        {FIELDS.map((f) => (
          <TextField
            key={f.name} label={f.label} name={f.name} type="number" inputMode={f.money ? "decimal" : "numeric"} min={f.money ? 0.01 : 1} step={f.money ? 0.01 : 1}
            defaultValue={limitText(settings[f.name])} placeholder="No limit" error={errors.fields[f.name]}
          />
        ))}
      </fieldset>
      {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
      <div className="flex flex-wrap items-center gap-3">
        {canManage ? <Button type="submit" disabled={saveApp.isPending}>{saveApp.isPending ? "Saving…" : "Save limits"}</Button> : null}
        <p role="status" className="text-sm text-slate-500">
          {saved ? <span className="font-medium text-emerald-700">Limits saved. They apply to the next call.</span>
            : settings.updatedAt ? `Last changed ${new Date(settings.updatedAt).toLocaleString()}.` : "No limits set yet."}
          {canManage ? null : " Only admins can change them."}
        </p>
      </div>
    </form>
  );
}

/** Per-app gateway limits, shared by all of the app's keys; blank fields mean no limit. */
export function AppLimitsSection({ canManage }: { canManage: boolean }) {
  const apps = useApps({ limit: 100, sort: "name" });
  const [appId, setAppId] = useState("");
  const settings = useGatewayAppSettings(appId);
  const list = apps.data?.apps ?? [];

  return (
    <Card
      title="App limits"
      description="Limits shared by all of an app's virtual keys: rate, tokens, budgets and the largest request. Leave a field empty for no limit."
    >
      <div className="space-y-4">
        {apps.error ? <ErrorNotice>Could not load the apps: {errorMessage(apps.error)}</ErrorNotice> : null}
        <AppPicker apps={list} value={appId} onChange={setAppId} label="App to configure" emptyLabel={apps.isPending ? "Loading apps…" : "Choose an app…"} />
        {apps.isSuccess && list.length === 0 ? (
          <EmptyState title="No apps yet">Register an app under Apps first; its gateway limits are set here.</EmptyState>
        ) : appId === "" ? (
          <p className="text-sm text-slate-500">Choose an app to see {canManage ? "and change " : ""}its limits.</p>
        ) : settings.isPending ? <Skeleton rows={2} /> : settings.error ? (
          <ErrorNotice>Could not load the app&apos;s limits: {errorMessage(settings.error)}</ErrorNotice>
        ) : (
          <LimitsForm key={settings.data.appId} settings={settings.data} canManage={canManage} />
        )}
      </div>
    </Card>
  );
}
