"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { UNMAPPED_LABEL, type TLlmEventRow } from "@/lib/events/schemas";
import { formatCount, formatTime, formatUsd } from "./format";
import { RowLink } from "./row-link";

export const llmEventHref = (id: string) => `/ingestion/events/llm/${id}`;

export function AppCell({ appId, appName }: { appId: string | null; appName: string | null }) {
  if (!appId) return <Badge tone="amber">{UNMAPPED_LABEL}</Badge>;
  return <span>{appName ?? "(deleted app)"}</span>;
}

export function LlmEventsTable({ events }: { events: readonly TLlmEventRow[] }) {
  return (
    <Table label="LLM calls">
      <thead>
        <tr><Th>Time</Th><Th>App</Th><Th>Provider</Th><Th>Model</Th><Th className="text-right">Tokens in / out</Th><Th className="text-right">Cost</Th><Th>Principal</Th><Th>Findings</Th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {events.map((e) => (
          <RowLink key={e.id} href={llmEventHref(e.id)}>
            <Td className="whitespace-nowrap">
              <Link href={llmEventHref(e.id)} className="font-medium text-brand-700 hover:underline">{formatTime(e.time)}</Link>
            </Td>
            <Td><AppCell appId={e.appId} appName={e.appName} /></Td>
            <Td className="whitespace-nowrap">{e.provider}<div className="text-xs text-slate-500">{e.operation}</div></Td>
            <Td className="max-w-56 truncate font-mono text-xs" title={e.responseModel ?? e.requestModel ?? ""}>{e.requestModel ?? e.responseModel ?? "—"}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatCount(e.inputTokens)} / {formatCount(e.outputTokens)}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatUsd(e.costUsd)}</Td>
            <Td className="max-w-64 truncate text-xs" title={e.principal ?? ""}>{e.principal ?? e.apiKeyId ?? e.projectId ?? "—"}</Td>
            <Td>{e.findingCount > 0 ? <Badge tone="red">{e.findingCount} finding{e.findingCount === 1 ? "" : "s"}</Badge> : <span className="text-slate-400">—</span>}</Td>
          </RowLink>
        ))}
      </tbody>
    </Table>
  );
}
