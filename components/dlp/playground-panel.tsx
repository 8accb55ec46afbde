"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { ErrorNotice } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useApps } from "@/lib/apps/hooks";
import { useScanText } from "@/lib/dlp/hooks";
import { ScanResult } from "./scan-result";
import { TextAreaField } from "./text-area-field";

const MAX_SCAN_CHARS = 500_000; // well under the endpoint's 1 MiB body limit, whatever the encoding

/** Paste text and scan it under an app's policy (or the org default), as a gateway would. */
export function PlaygroundPanel() {
  const [text, setText] = useState("");
  const [appId, setAppId] = useState("");
  const apps = useApps({ limit: 100, sort: "name" });
  const scan = useScanText();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    scan.mutate({ text, ...(appId ? { appId } : {}) });
  }

  return (
    <div className="space-y-6">
      <Card title="Playground" description="Scan text the way an app's prompts and responses are scanned. Nothing you paste is stored.">
        <form onSubmit={onSubmit} aria-label="Scan text" className="space-y-4">
          <TextAreaField
            label="Text to scan" mono required rows={8} maxLength={MAX_SCAN_CHARS} value={text} onChange={(e) => setText(e.target.value)}
            placeholder="Paste a prompt, a response or a log line" hint={`${text.length.toLocaleString()} of ${MAX_SCAN_CHARS.toLocaleString()} characters`}
          />
          <div className="grid gap-4 sm:grid-cols-[minmax(0,20rem)_auto] sm:items-end">
            <SelectField
              label="Policy of app" value={appId} onChange={(e) => setAppId(e.target.value)} disabled={apps.isPending}
              error={apps.error ? `Could not load apps: ${errorMessage(apps.error)}` : null}
            >
              <option value="">Organization default (no app)</option>
              {(apps.data?.apps ?? []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </SelectField>
            <div><Button type="submit" disabled={scan.isPending || !text}>{scan.isPending ? "Scanning…" : "Scan"}</Button></div>
          </div>
        </form>
        {scan.error ? <div className="mt-4"><ErrorNotice>Could not scan: {errorMessage(scan.error)}</ErrorNotice></div> : null}
      </Card>
      {scan.data ? <ScanResult text={scan.data.text} result={scan.data.result} /> : null}
    </div>
  );
}
