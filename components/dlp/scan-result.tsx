"use client";

import type { z } from "zod";
import { Card } from "@/components/ui/card";
import { Badge, EmptyState } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import type { ZScanResponse } from "@/lib/dlp/schemas";
import { HighlightedText } from "./highlighted-text";
import { DECISION_TEXT, DETECTOR_LABELS, POLICY_SOURCE_TEXT } from "./labels";
import { TagBadges } from "./tag-badges";

type ScanResponse = z.infer<typeof ZScanResponse>;

/** The policy's decision, the findings, and the scanned text with each finding highlighted. */
export function ScanResult({ text, result }: { text: string; result: ScanResponse }) {
  const { findings, decision } = result;
  const decisionText = DECISION_TEXT[decision];
  return (
    <Card
      title={<span className="flex items-center gap-2">Result <span data-testid="scan-decision"><Badge tone={decisionText.tone}>{decisionText.label}</Badge></span></span>}
      description={`${findings.length === 1 ? "1 finding" : `${findings.length} findings`} in ${result.durationMs.toFixed(1)} ms under the ${POLICY_SOURCE_TEXT[result.policy.source].toLowerCase()}.`}
    >
      {findings.length === 0 ? (
        <EmptyState title="Nothing found">No detector in this policy reported anything at or above its threshold.</EmptyState>
      ) : (
        <div className="space-y-4">
          <Table label="Scan findings">
            <thead><tr><Th>Detector</Th><Th>Type</Th><Th>Score</Th><Th>Preview (masked)</Th><Th>Tags</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {findings.map((f) => (
                <tr key={`${f.detector}-${f.type}-${f.start}-${f.end}`}>
                  <Td className="whitespace-nowrap">{DETECTOR_LABELS[f.detector]}</Td>
                  <Td><code className="font-mono text-xs text-slate-900">{f.type}</code></Td>
                  <Td className="font-mono text-xs">{f.score.toFixed(2)}</Td>
                  <Td><code className="font-mono text-xs">{f.preview}</code></Td>
                  <Td><TagBadges tags={f.tags} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <HighlightedText
            text={text} spans={findings} label="Scanned text with findings highlighted"
            describe={(ix) => ix.map((i) => findings[i] && `${DETECTOR_LABELS[findings[i].detector]}: ${findings[i].type}`).join(", ")}
          />
        </div>
      )}
    </Card>
  );
}
