"use client";

import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { errorMessage } from "@/lib/api-client";
import { useDetectorCatalog } from "@/lib/dlp/hooks";
import { DetectorCard } from "./detector-card";

export function DetectorsPanel() {
  const catalog = useDetectorCatalog();
  if (catalog.isPending) return <Card title="Detectors"><Skeleton rows={6} /></Card>;
  if (catalog.error) return <ErrorNotice>Could not load the detector catalog: {errorMessage(catalog.error)}</ErrorNotice>;
  const { detectors, validators } = catalog.data;
  if (detectors.length === 0) return <EmptyState title="No detectors">The DLP engine reports no detectors.</EmptyState>;
  return (
    <div className="space-y-6">
      {detectors.map((d) => <DetectorCard key={d.kind} detector={d} />)}
      <Card title="Checksum validators" description="Custom rules can require one of these checks of a match, which removes most false positives.">
        <ul className="flex flex-wrap gap-2 text-sm text-slate-700">
          {validators.map((v) => <li key={v.id} className="rounded-md bg-slate-50 px-2 py-1 ring-1 ring-inset ring-slate-200"><code className="text-xs">{v.id}</code> · {v.label}</li>)}
        </ul>
      </Card>
    </div>
  );
}
