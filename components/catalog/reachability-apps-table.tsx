import { Badge } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { DATA_STORE_KIND_LABELS, DATASET_ACCESS_LABELS } from "@/lib/catalog/constants";
import type { TReachabilityApp, TReachabilityRisk } from "@/lib/catalog/schemas";
import { ExposureBadge } from "./classification-badge";

const RISK_LABELS: Record<TReachabilityRisk, string> = {
  PUBLIC_APP: "Public app",
  UNGATED_PROVIDER: "Bypasses gateway",
};

/** One row per app reaching the dataset: how it reads it, where it sends it, and what is risky about it. */
export function ReachabilityAppsTable({ datasetName, apps }: { datasetName: string; apps: TReachabilityApp[] }) {
  return (
    <Table label={`Apps reaching ${datasetName}`}>
      <thead><tr><Th className="w-1/5">App</Th><Th className="w-1/4">Reads it through</Th><Th className="w-1/3">Sends data to</Th><Th>Risk</Th></tr></thead>
      <tbody className="divide-y divide-slate-100">
        {apps.map((app) => (
          <tr key={app.id} className={app.risks.length ? "bg-red-50/40" : undefined}>
            <Td>
              <div className="font-medium text-slate-900">{app.name}</div>
              <div className="mt-1"><ExposureBadge value={app.exposure} /></div>
            </Td>
            <Td>
              <div className="flex max-w-xs flex-wrap gap-1">
                {app.access.map((a) => <Badge key={a} tone="brand">{DATASET_ACCESS_LABELS[a]}</Badge>)}
                {app.dataStores.map((s) => <Badge key={`${s.kind}:${s.name}`}>{s.name} · {DATA_STORE_KIND_LABELS[s.kind]}</Badge>)}
              </div>
            </Td>
            <Td>
              {app.providers.length === 0 ? <span className="text-xs text-slate-400">No model usage recorded</span> : (
                <div className="flex max-w-md flex-wrap gap-1">
                  {app.providers.map((p) => (
                    <span key={`${p.provider}:${p.modelId}:${p.viaGateway}`} title={p.viaGateway ? "Through the gateway" : "Direct to the provider, not through the gateway"}>
                      <Badge tone={p.viaGateway ? "slate" : "amber"}>{p.provider} · {p.modelId}{p.viaGateway ? " · gateway" : " · direct"}</Badge>
                    </span>
                  ))}
                </div>
              )}
            </Td>
            <Td>
              {app.risks.length === 0 ? <span className="text-xs text-slate-400">—</span> : (
                <div className="flex flex-wrap gap-1">{app.risks.map((r) => <Badge key={r} tone="red">⚠ {RISK_LABELS[r]}</Badge>)}</div>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
