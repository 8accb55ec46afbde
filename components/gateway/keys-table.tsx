"use client";

import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import type { TGatewayKey } from "@/lib/gateway/schemas";
import { limitsSummary } from "./usage-data";

const STATUS = { active: { tone: "green", label: "Active" }, expired: { tone: "amber", label: "Expired" }, revoked: { tone: "red", label: "Revoked" } } as const;
export const PROVIDER_NAMES: Record<string, string> = { openai: "OpenAI", anthropic: "Anthropic" };

const when = (iso: string | null, empty: string) => (iso ? new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" }) : empty);

/** Virtual keys, newest first; admins get a Revoke button on active keys (after a confirmation). */
export function KeysTable({ keys, canManage, revoking, onRevoke }: { keys: TGatewayKey[]; canManage: boolean; revoking: boolean; onRevoke: (key: TGatewayKey) => void }) {
  return (
    <Table label="Virtual keys">
      <thead>
        <tr>
          <Th>Key</Th><Th>App</Th><Th>Provider credential</Th><Th>Allowed models</Th><Th>Limits</Th><Th>Last used</Th><Th>Status</Th>
          {canManage ? <Th><span className="sr-only">Actions</span></Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {keys.map((k) => {
          const limits = limitsSummary(k);
          const status = STATUS[k.status];
          return (
            <tr key={k.id} className={k.status === "active" ? undefined : "bg-slate-50/60"}>
              <Td className="min-w-48">
                <div className="font-medium text-slate-900">{k.name}</div>
                <code className="whitespace-nowrap font-mono text-xs text-slate-600">{k.prefix}…{k.last4}</code>
                <div className="text-xs text-slate-500">Created {when(k.createdAt, "")}{k.createdBy ? ` by ${k.createdBy}` : ""}</div>
              </Td>
              <Td>{k.appName}</Td>
              <Td>
                <div>{k.integrationName}</div>
                <div className="text-xs text-slate-500">{PROVIDER_NAMES[k.provider] ?? k.provider}</div>
              </Td>
              <Td>
                {k.allowedModels.length ? (
                  <ul aria-label={`Models allowed for ${k.name}`} className="flex max-w-48 flex-wrap gap-1">
                    {k.allowedModels.map((m) => <li key={m} className="whitespace-nowrap"><Badge>{m}</Badge></li>)}
                  </ul>
                ) : <span className="text-slate-500">Any model</span>}
              </Td>
              <Td>
                {limits.length ? (
                  <ul className="space-y-0.5 whitespace-nowrap text-xs">{limits.map((l) => <li key={l}>{l}</li>)}</ul>
                ) : <span className="text-xs text-slate-500">App limits only</span>}
              </Td>
              <Td className="text-slate-500">{when(k.lastUsedAt, "Never")}</Td>
              <Td>
                <Badge tone={status.tone}>{status.label}</Badge>
                <div className="mt-1 whitespace-nowrap text-xs text-slate-500">
                  {k.status === "revoked" ? when(k.revokedAt, "") : k.expiresAt ? `${k.status === "expired" ? "Expired" : "Expires"} ${new Date(k.expiresAt).toLocaleDateString()}` : "No expiry"}
                </div>
              </Td>
              {canManage ? (
                <Td className="text-right">
                  {k.status === "active" ? (
                    <Button variant="danger" disabled={revoking} onClick={() => onRevoke(k)}>Revoke<span className="sr-only"> {k.name}</span></Button>
                  ) : null}
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
