"use client";

import { useState } from "react";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useApps } from "@/lib/apps/hooks";
import { AppPicker } from "./app-picker";
import { ImportRunsTable } from "./import-runs-table";
import { ImportUploadCard } from "./import-upload-card";

/** The imports page: the chosen app drives both the upload target and the list of recent imports. */
export function ImportsWorkspace({ canImport }: { canImport: boolean }) {
  const apps = useApps({ sort: "name", limit: 100 });
  const [appId, setAppId] = useState("");
  const list = apps.data?.apps ?? [];
  const app = list.find((a) => a.id === appId) ?? null;

  return (
    <div className="space-y-6">
      {apps.error ? <ErrorNotice>Could not load the apps: {errorMessage(apps.error)}</ErrorNotice> : null}
      {canImport ? (
        <ImportUploadCard app={app} picker={<AppPicker apps={list} value={appId} onChange={setAppId} emptyLabel={apps.isPending ? "Loading apps…" : "Choose an app…"} label="Import into app" />} />
      ) : null}
      <ImportRunsTable
        appId={app?.id ?? null}
        filter={canImport ? null : <AppPicker apps={list} value={appId} onChange={setAppId} emptyLabel="All apps" />}
      />
    </div>
  );
}
