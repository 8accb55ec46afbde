import { formatCount } from "@/components/events/format";
import { EmptyState } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import type { TGatewayUsage } from "@/lib/gateway/schemas";
import { formatCost, sharePercent } from "./usage-data";

const num = "text-right tabular-nums";

/** Gateway calls per virtual key over the window, busiest first. */
export function KeyUsageTable({ rows }: { rows: TGatewayUsage["byKey"] }) {
  return (
    <Table label="Usage by key">
      <thead>
        <tr>
          <Th>Key</Th><Th>App</Th><Th className="text-right">Requests</Th><Th className="text-right">Tokens in</Th><Th className="text-right">Tokens out</Th>
          <Th className="text-right">Cost</Th><Th className="text-right">Blocked</Th><Th className="text-right">Redacted</Th><Th className="text-right">Limited</Th><Th className="text-right">Errors</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((k) => (
          <tr key={k.keyPrefix}>
            <Td>
              <div className="font-medium text-slate-900">{k.keyName ?? "Deleted or unknown key"}</div>
              <code className="font-mono text-xs text-slate-500">{k.keyPrefix}</code>
            </Td>
            <Td>{k.appName ?? "—"}</Td>
            <Td className={num}>{formatCount(k.requests)}</Td>
            <Td className={num}>{formatCount(k.inputTokens)}</Td>
            <Td className={num}>{formatCount(k.outputTokens)}</Td>
            <Td className={num}>{formatCost(k.costUsd)}</Td>
            <Td className={`${num} ${k.blocked ? "text-red-700" : ""}`}>{formatCount(k.blocked)}</Td>
            <Td className={num}>{formatCount(k.redacted)}</Td>
            <Td className={num}>{formatCount(k.limited)}</Td>
            <Td className={num}>{formatCount(k.errors)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function ShareBar({ share, appName }: { share: number | null; appName: string }) {
  const value = sharePercent(share);
  if (value === null) return <span className="text-slate-400">No calls</span>;
  const color = value >= 90 ? "bg-emerald-500" : value >= 50 ? "bg-amber-500" : "bg-red-500";
  return (
    <div className="flex items-center gap-2">
      <div
        role="meter" aria-label={`Guardrail coverage of ${appName}`} aria-valuenow={value} aria-valuemin={0} aria-valuemax={100} aria-valuetext={`${value}%`}
        className="h-2 w-32 overflow-hidden rounded-full bg-slate-100"
      >
        <div className={`h-full rounded-full ${color}`} style={{ width: `${Math.min(100, value)}%` }} />
      </div>
      <span className="w-12 text-right text-sm tabular-nums text-slate-900">{value}%</span>
    </div>
  );
}

/** Per app: how much of its model traffic the gateway's guardrails saw, with how the share is computed. */
export function CoverageTable({ rows }: { rows: TGatewayUsage["coverage"] }) {
  return (
    <div className="space-y-3">
      {rows.length === 0 ? (
        <EmptyState title="No model calls seen for any app">
          Coverage compares each app&apos;s gateway calls with the calls seen in ingested provider logs over the same window.
        </EmptyState>
      ) : (
        <Table label="Guardrail coverage">
          <thead><tr><Th>App</Th><Th className="text-right">Gateway calls</Th><Th className="text-right">All calls seen</Th><Th>Coverage</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((c) => (
              <tr key={c.appId}>
                <Td className="font-medium text-slate-900">{c.appName}</Td>
                <Td className={num}>{formatCount(c.gatewayRequests)}</Td>
                <Td className={num}>{formatCount(c.totalRequests)}</Td>
                <Td><ShareBar share={c.share} appName={c.appName} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <details className="rounded-md bg-slate-50 px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">How is this computed?</summary>
        <div className="mt-2 space-y-1 text-slate-700">
          <p>
            Coverage = calls scanned inline by the gateway ÷ max(gateway calls, calls seen in the provider&apos;s own logs), over the window.
          </p>
          <p className="text-xs text-slate-600">
            Calls made through the gateway usually also appear in the provider&apos;s logs once those are ingested, so the larger of the two
            counts is used rather than their sum. An app below 100% is calling the provider directly for part of its traffic, with no inline
            DLP or limits on those calls.
          </p>
        </div>
      </details>
    </div>
  );
}
