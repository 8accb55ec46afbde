"use client";

import { Button } from "@/components/ui/button";
import { Badge, ErrorNotice } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { useCustomRuleMutations } from "@/lib/dlp/hooks";
import type { TCustomRuleDto } from "@/lib/dlp/policy-schemas";
import { SEVERITY_TONE } from "./labels";

type Props = { rules: TCustomRuleDto[]; canConfigure: boolean; onEdit: (rule: TCustomRuleDto) => void };

export function RulesTable({ rules, canConfigure, onEdit }: Props) {
  const { update, remove } = useCustomRuleMutations();
  const error = update.error ?? remove.error;

  function onDelete(rule: TCustomRuleDto) {
    if (window.confirm(`Delete the custom rule "${rule.ruleId}"? Scans stop reporting it.`)) remove.mutate(rule.id);
  }

  return (
    <>
      {error ? <div className="mb-3"><ErrorNotice>{errorMessage(error)}</ErrorNotice></div> : null}
      <Table label="Custom rules">
        <thead><tr><Th>Rule id</Th><Th>Name</Th><Th>Pattern</Th><Th>Validator</Th><Th>Severity</Th><Th>Enabled</Th>{canConfigure ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
        <tbody className="divide-y divide-slate-100">
          {rules.map((r) => (
            <tr key={r.id}>
              <Td className="whitespace-nowrap"><code className="font-mono text-xs text-slate-900">{r.ruleId}</code></Td>
              <Td className="font-medium text-slate-900">{r.name}{r.description ? <div className="text-xs font-normal text-slate-500">{r.description}</div> : null}</Td>
              <Td className="max-w-xs">
                <code className="block truncate font-mono text-xs" title={r.pattern}>{r.pattern}</code>
                {r.caseInsensitive || r.keywords.length ? (
                  <div className="mt-1 text-xs text-slate-500">{[r.caseInsensitive ? "case-insensitive" : "", r.keywords.length ? `keywords: ${r.keywords.join(", ")}` : ""].filter(Boolean).join(" · ")}</div>
                ) : null}
              </Td>
              <Td>{r.validator === "none" ? <span className="text-slate-400">—</span> : <Badge>{r.validator}</Badge>}</Td>
              <Td><Badge tone={SEVERITY_TONE[r.severity]}>{r.severity}</Badge></Td>
              <Td>
                {canConfigure ? (
                  <input
                    type="checkbox" role="switch" aria-label={`Enable ${r.ruleId}`} checked={r.enabled} disabled={update.isPending}
                    onChange={(e) => update.mutate({ id: r.id, changes: { enabled: e.target.checked } })}
                    className="rounded border-slate-300 text-brand-600 focus:ring-brand-500"
                  />
                ) : r.enabled ? <Badge tone="green">On</Badge> : <Badge>Off</Badge>}
              </Td>
              {canConfigure ? (
                <Td className="whitespace-nowrap text-right">
                  <div className="flex justify-end gap-2">
                    <Button variant="secondary" onClick={() => onEdit(r)}>Edit<span className="sr-only"> {r.ruleId}</span></Button>
                    <Button variant="danger" disabled={remove.isPending} onClick={() => onDelete(r)}>Delete<span className="sr-only"> {r.ruleId}</span></Button>
                  </div>
                </Td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
