"use client";

import Link from "next/link";
import { Fields, Mono, TextBlock } from "@/components/events/detail-parts";
import { formatTime } from "@/components/events/format";
import { Card } from "@/components/ui/card";
import { ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { TagBadges } from "@/components/dlp/tag-badges";
import { errorMessage } from "@/lib/api-client";
import { useFinding } from "@/lib/findings/hooks";
import { SeverityBadge, SlaBadge, SourceBadge, StatusBadge } from "./badges";
import { FindingActions } from "./finding-actions";
import { FindingTimeline } from "./finding-timeline";

export function FindingDetail({ id, canTriage }: { id: string; canTriage: boolean }) {
  const finding = useFinding(id);
  if (finding.isPending) return <Skeleton rows={8} />;
  if (finding.error) return <ErrorNotice>Could not load this finding: {errorMessage(finding.error)}</ErrorNotice>;
  const f = finding.data;
  return (
    <div className="space-y-4">
      <Link href="/findings" className="text-sm font-medium text-brand-700 hover:underline">← All findings</Link>
      <div>
        <div className="flex flex-wrap items-center gap-2"><SeverityBadge severity={f.severity} /><StatusBadge status={f.status} /><SourceBadge source={f.source} /><SlaBadge state={f.slaState} dueAt={f.slaDueAt} /></div>
        <h1 className="mt-2 text-xl font-semibold text-slate-900">{f.title}</h1>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title="Details">
            <Fields label="Finding details" items={[
              ["Rule", <Mono key="r">{f.ruleId}</Mono>], ["Detector / tool", f.detector], ["App", f.appId ? <Link key="a" href={`/apps/${f.appId}`} className="text-brand-700 hover:underline">{f.appName}</Link> : null],
              ["Dataset", f.datasetId ? <Link key="d" href={`/catalog/datasets/${f.datasetId}`} className="text-brand-700 hover:underline">{f.datasetName}</Link> : null],
              ["Location", f.location ? <Mono key="l">{f.location}</Mono> : null], ["Assignee", f.assignee ? (f.assignee.name ?? f.assignee.email) : "Unassigned"],
              ["First seen", formatTime(f.firstSeenAt)], ["Last seen", formatTime(f.lastSeenAt)], ["Times seen", f.occurrences.toLocaleString()],
              ["SLA due", f.slaDueAt ? formatTime(f.slaDueAt) : null], ["Score", f.score === null ? null : f.score.toFixed(2)],
              ...(f.status === "RISK_ACCEPTED" ? ([["Risk accepted until", f.riskAcceptedUntil ? formatTime(f.riskAcceptedUntil) : null], ["Approved by", f.riskApprover], ["Justification", f.riskJustification]] as [string, string | null][]) : []),
            ]} />
            <div className="mt-4"><TagBadges tags={{ owasp: f.tags.owasp ?? [], atlas: f.tags.atlas ?? [], nist: f.tags.nist ?? [] }} />{f.tags.cwe?.length ? <p className="mt-1 text-xs text-slate-600">CWE: {f.tags.cwe.join(", ")}</p> : null}</div>
          </Card>
          <Card title="Evidence" description="Redacted: matched values are masked, never stored in clear.">
            <div className="space-y-4">
              <TextBlock label="Evidence" text={f.evidence || null} empty="No evidence recorded." />
              {f.description ? <TextBlock label="Description" text={f.description} empty="" /> : null}
              {f.references.length ? (
                <ul className="list-disc pl-5 text-sm">{f.references.map((r) => <li key={r}><a href={r} rel="noreferrer noopener" target="_blank" className="break-all text-brand-700 hover:underline">{r}</a></li>)}</ul>
              ) : null}
            </div>
          </Card>
          <Card title="Where it was seen" description={f.linkCount > f.links.length ? `The newest ${f.links.length} of ${f.linkCount.toLocaleString()} occurrences.` : undefined}>
            {f.links.length === 0 ? <p className="text-sm text-slate-500">No linked records.</p> : (
              <Table label="Linked records">
                <thead><tr><Th>Record</Th><Th>Seen</Th><Th>Span</Th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {f.links.map((l) => (
                    <tr key={`${l.recordType}${l.recordId}${l.start}`}>
                      <Td>{l.href ? <Link href={l.href} className="text-brand-700 hover:underline">{l.label}</Link> : l.label} <span className="font-mono text-xs text-slate-500">{l.recordId.slice(0, 8)}</span></Td>
                      <Td className="whitespace-nowrap text-xs">{formatTime(l.seenAt)}</Td>
                      <Td className="text-xs tabular-nums">{l.end > l.start ? `${l.start}–${l.end}` : "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          {canTriage ? <Card title="Triage"><FindingActions key={`${f.status}${f.assignee?.id}${f.severity}`} finding={f} /></Card> : null}
          <Card title="History and comments"><FindingTimeline findingId={f.id} activity={f.activity} comments={f.comments} canComment={canTriage} /></Card>
        </div>
      </div>
    </div>
  );
}
