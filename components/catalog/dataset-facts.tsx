import type { ReactNode } from "react";
import { DATA_STORE_KIND_LABELS } from "@/lib/catalog/constants";
import { formatBytes, formatRetention } from "@/lib/catalog/format";
import type { TDataset } from "@/lib/catalog/schemas";
import { CategoryChips } from "./classification-badge";

const none = <span className="text-slate-400">Not set</span>;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-sm text-slate-800">{children}</dd>
    </div>
  );
}

export function DatasetFacts({ dataset: d }: { dataset: TDataset }) {
  return (
    <dl className="grid gap-5 sm:grid-cols-3">
      <Fact label="Source">{d.source ? d.source.name : none}</Fact>
      <Fact label="Store type">{d.storeType ? DATA_STORE_KIND_LABELS[d.storeType] : none}</Fact>
      <Fact label="Owner">{d.owner || none}</Fact>
      <Fact label="Location">{d.locationUri ? <code className="break-all font-mono text-xs">{d.locationUri}</code> : none}</Fact>
      <Fact label="Approximate size">{d.approxSizeBytes === null ? none : formatBytes(d.approxSizeBytes)}</Fact>
      <Fact label="Retention">{formatRetention(d.retentionDays)}</Fact>
      <div className="sm:col-span-3"><Fact label="Data categories"><CategoryChips categories={d.categories} /></Fact></div>
      <Fact label="Added">{new Date(d.createdAt).toLocaleString()}</Fact>
      <Fact label="Last changed">{new Date(d.updatedAt).toLocaleString()}</Fact>
    </dl>
  );
}
