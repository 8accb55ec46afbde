"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { SelectField, TextField } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { useApps } from "@/lib/apps/hooks";
import { useMappingRuleMutations, useMappingRules } from "@/lib/ingest/mapping-hooks";

const FIELDS = [
  ["principal", "Principal (ARN, email, service account)"], ["apiKeyId", "API key id"], ["projectId", "Project / account / resource"],
  ["deployment", "Deployment / inference profile"], ["model", "Requested model"], ["sourceIp", "Source IP"],
] as const;
const label = (field: string) => FIELDS.find(([f]) => f === field)?.[1] ?? field;

export function MappingRulesPanel({ canManage }: { canManage: boolean }) {
  const rules = useMappingRules();
  return (
    <div className="space-y-6">
      {canManage ? <MappingRuleForm /> : null}
      <Card title="Mapping rules" description="The first rule that matches (lowest priority number first) assigns an event to its app. Events no rule maps are shadow-AI candidates.">
        {rules.isPending ? <Skeleton rows={3} /> : rules.error ? <ErrorNotice>Could not load the rules: {rules.error.message}</ErrorNotice> : rules.data.length === 0 ? (
          <EmptyState title="No mapping rules yet">Every ingested LLM call stays unmapped until a rule assigns it to a registered app.</EmptyState>
        ) : (
          <Table label="Mapping rules">
            <thead><tr><Th>Priority</Th><Th>App</Th><Th>When</Th><Th>Value</Th>{canManage ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
            <tbody className="divide-y divide-slate-100">
              {rules.data.map((r) => (
                <tr key={r.id}>
                  <Td>{r.priority}</Td>
                  <Td className="font-medium text-slate-900">{r.appName}</Td>
                  <Td>{label(r.field)} {r.matchType === "exact" ? "equals" : "starts with"}</Td>
                  <Td className="break-all font-mono text-xs">{r.value}</Td>
                  {canManage ? <Td><DeleteRule id={r.id} /></Td> : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}

function DeleteRule({ id }: { id: string }) {
  const { remove } = useMappingRuleMutations();
  return <Button variant="secondary" disabled={remove.isPending} onClick={() => remove.mutate(id)}>Delete</Button>;
}

function MappingRuleForm() {
  const apps = useApps({ limit: 100 });
  const { create } = useMappingRuleMutations();
  const [form, setForm] = useState({ appId: "", field: "principal", matchType: "prefix", value: "", priority: "100", applyToPast: true });
  const [result, setResult] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setResult(null);
    create.mutate(
      { appId: form.appId, field: form.field as "principal", matchType: form.matchType as "prefix", value: form.value, priority: Number(form.priority), applyToPast: form.applyToPast },
      { onSuccess: (r) => { setResult(`Rule added; ${r.remapped} past event${r.remapped === 1 ? "" : "s"} mapped to ${r.rule.appName}.`); setForm({ ...form, value: "" }); } },
    );
  };
  return (
    <Card title="Add a mapping rule">
      <form onSubmit={submit} className="grid gap-4 md:grid-cols-3" aria-label="Add a mapping rule">
        <SelectField label="App" value={form.appId} onChange={set("appId")} required>
          <option value="">Choose an app…</option>
          {(apps.data?.apps ?? []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </SelectField>
        <SelectField label="Field" value={form.field} onChange={set("field")}>
          {FIELDS.map(([f, l]) => <option key={f} value={f}>{l}</option>)}
        </SelectField>
        <SelectField label="Match" value={form.matchType} onChange={set("matchType")}>
          <option value="exact">equals</option>
          <option value="prefix">starts with</option>
        </SelectField>
        <TextField label="Value" value={form.value} onChange={set("value")} required maxLength={500} className="md:col-span-2" />
        <TextField label="Priority" type="number" min={0} max={10000} value={form.priority} onChange={set("priority")} hint="Lower runs first" />
        <label className="flex items-center gap-2 text-sm text-slate-700 md:col-span-2">
          <input type="checkbox" checked={form.applyToPast} onChange={(e) => setForm({ ...form, applyToPast: e.target.checked })} />
          Also map past events that no rule mapped yet
        </label>
        <div className="flex items-center gap-3 md:col-span-3">
          <Button type="submit" disabled={create.isPending || !form.appId || !form.value}>{create.isPending ? "Adding…" : "Add rule"}</Button>
          {create.error ? <ErrorNotice>{create.error.message}</ErrorNotice> : null}
          {result ? <p role="status" className="text-sm text-green-700">{result}</p> : null}
        </div>
      </form>
    </Card>
  );
}
