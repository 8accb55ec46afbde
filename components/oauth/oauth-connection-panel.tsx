"use client";

import { Suspense } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useOAuthConnection, useOAuthMutations } from "@/lib/oauth/hooks";
import type { TOAuthConnection } from "@/lib/oauth/schemas";
import { OAuthResultNotice } from "./oauth-result-notice";

const STATUS = {
  CONNECTED: { tone: "green", label: "Connected" },
  ERROR: { tone: "red", label: "Error" },
  DISCONNECTED: { tone: "slate", label: "Disconnected" },
  PENDING: { tone: "amber", label: "Pending" },
} as const;

const when = (iso: string | null, empty: string) => (iso ? new Date(iso).toLocaleString() : empty);

function refreshText(c: TOAuthConnection) {
  if (!c.connected) return "—";
  if (c.hasRefreshToken) return "Automatic, 5 minutes before expiry";
  return c.accessTokenExpiresAt ? "No refresh token: reconnect when the access token expires" : "Not needed (the token does not expire)";
}

function ConnectionDetails({ c }: { c: TOAuthConnection }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="text-slate-500">Status</dt>
      <dd><Badge tone={STATUS[c.status].tone}>{STATUS[c.status].label}</Badge></dd>
      <dt className="text-slate-500">Access token</dt>
      <dd className="text-slate-900">{c.connected ? `Expires ${when(c.accessTokenExpiresAt, "never")}` : "None"}</dd>
      <dt className="text-slate-500">Renewal</dt>
      <dd className="text-slate-900">{refreshText(c)}</dd>
      <dt className="text-slate-500">Scopes</dt>
      <dd className="flex flex-wrap gap-1">{c.scopes.length ? c.scopes.map((s) => <Badge key={s}>{s}</Badge>) : <span className="text-slate-500">Provider default</span>}</dd>
      <dt className="text-slate-500">Last checked</dt>
      <dd className="text-slate-900">{when(c.lastCheckedAt, "Never")}</dd>
      {c.lastError ? (
        <>
          <dt className="text-slate-500">Last error</dt>
          <dd className="text-red-700">{c.lastError}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function OAuthConnectionPanel({ integrationId, canManage }: { integrationId: string; canManage: boolean }) {
  const connection = useOAuthConnection(integrationId);
  const { connect, disconnect } = useOAuthMutations(integrationId);
  const c = connection.data;

  function onDisconnect() {
    if (window.confirm("Disconnect? The tokens are revoked at the provider and deleted here; you can connect again later.")) disconnect.mutate();
  }

  const leaving = connect.isPending || connect.isSuccess; // success = the browser is on its way to the provider
  const actions = canManage && c ? (
    <>
      <Button disabled={leaving} onClick={() => connect.mutate()}>{leaving ? "Redirecting…" : c.connected ? "Reconnect" : "Connect"}</Button>
      {c.connected ? <Button variant="danger" disabled={disconnect.isPending} onClick={onDisconnect}>Disconnect</Button> : null}
    </>
  ) : null;

  return (
    <div role="region" aria-label="OAuth connection">
      <Card title="OAuth connection" description="Sign in at the provider to grant access. Tokens are stored encrypted and never shown." actions={actions}>
        <div className="space-y-4">
          <Suspense fallback={null}><OAuthResultNotice /></Suspense>
          {connect.error ? <ErrorNotice>Could not start connecting: {errorMessage(connect.error)}</ErrorNotice> : null}
          {disconnect.error ? <ErrorNotice>Could not disconnect: {errorMessage(disconnect.error)}</ErrorNotice> : null}
          {connection.isPending ? <Skeleton rows={2} /> : connection.error ? (
            <ErrorNotice>Could not load the connection status: {errorMessage(connection.error)}</ErrorNotice>
          ) : (
            <ConnectionDetails c={connection.data} />
          )}
        </div>
      </Card>
    </div>
  );
}
