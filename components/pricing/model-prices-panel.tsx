"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Badge, EmptyState, ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { useModelPriceMutations, useModelPrices } from "@/lib/pricing/hooks";
import type { TModelPriceDto } from "@/lib/pricing/schemas";
import { ModelPriceForm, type PriceDraft } from "./model-price-form";

const PROVIDER_LABELS: Record<string, string> = {
  openai: "OpenAI", anthropic: "Anthropic", "aws.bedrock": "Amazon Bedrock", "azure.ai.openai": "Azure OpenAI", "gcp.vertex_ai": "Google Vertex AI",
  "gcp.gemini": "Google Gemini API", mistral_ai: "Mistral AI", cohere: "Cohere", groq: "Groq", deepseek: "DeepSeek", x_ai: "xAI",
};
const usd = (v: number) => `$${v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 6 })}`;

type Editing = { initial: PriceDraft; editId: string | null } | null;

export function ModelPricesPanel({ canManage }: { canManage: boolean }) {
  const prices = useModelPrices();
  const { remove } = useModelPriceMutations();
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Editing>(null);

  const groups = useMemo(() => {
    const q = search.trim().toLowerCase();
    const rows = (prices.data?.prices ?? []).filter((p) => !q || `${p.provider} ${PROVIDER_LABELS[p.provider] ?? ""} ${p.model}`.toLowerCase().includes(q));
    const byProvider = new Map<string, TModelPriceDto[]>();
    for (const row of rows) byProvider.set(row.provider, [...(byProvider.get(row.provider) ?? []), row]);
    return [...byProvider.entries()];
  }, [prices.data, search]);

  function onDelete(p: TModelPriceDto) {
    if (p.id && window.confirm(`Delete your price for ${p.model} from ${p.effectiveFrom}? The built-in price applies again.`)) remove.mutate(p.id);
  }

  return (
    <div className="space-y-6">
      {editing ? (
        <Card title={editing.editId ? "Edit your price" : "Override a price"} description="Your organization's prices win over the built-in ones from their effective date on.">
          <ModelPriceForm key={`${editing.editId ?? "new"}:${editing.initial.provider}:${editing.initial.model}`} initial={editing.initial} editId={editing.editId} onDone={() => setEditing(null)} />
        </Card>
      ) : null}
      <Card
        title="Model prices"
        description={`US dollars per million tokens (standard tier, no caching or batch discounts), used to cost events that carry no cost of their own.${prices.data ? ` Built-in prices checked on ${prices.data.catalogCheckedOn}.` : ""}`}
      >
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <TextField label="Search" type="search" placeholder="Provider or model" value={search} onChange={(e) => setSearch(e.target.value)} className="w-full max-w-xs" />
          {canManage && !editing ? (
            <Button variant="secondary" onClick={() => setEditing({ initial: { provider: "", model: "", inputPerMTokUsd: 0, outputPerMTokUsd: 0, effectiveFrom: "", note: "" }, editId: null })}>Add a price</Button>
          ) : null}
        </div>
        {remove.error ? <div className="mb-3"><ErrorNotice>{errorMessage(remove.error)}</ErrorNotice></div> : null}
        {prices.isPending ? <Skeleton rows={6} /> : prices.error ? (
          <ErrorNotice>Could not load model prices: {errorMessage(prices.error)}</ErrorNotice>
        ) : groups.length === 0 ? (
          <EmptyState title="No matching models">Try another provider or model name{canManage ? ", or add a price for it" : ""}.</EmptyState>
        ) : (
          <div className="space-y-6">
            {groups.map(([provider, rows]) => (
              <section key={provider} aria-labelledby={`prices-${provider}`}>
                <h3 id={`prices-${provider}`} className="mb-2 text-sm font-semibold text-slate-900">
                  {PROVIDER_LABELS[provider] ?? provider} <code className="ml-1 text-xs font-normal text-slate-500">{provider}</code>
                </h3>
                <Table label={`${PROVIDER_LABELS[provider] ?? provider} model prices`}>
                  <thead><tr><Th>Model</Th><Th className="text-right">Input</Th><Th className="text-right">Output</Th><Th>Effective from</Th><Th>Source</Th>{canManage ? <Th><span className="sr-only">Actions</span></Th> : null}</tr></thead>
                  <tbody className="divide-y divide-slate-100">
                    {rows.map((p) => (
                      <tr key={p.id ?? `${p.model}@${p.effectiveFrom}`} className={p.origin === "builtin" && p.overridden ? "text-slate-400" : undefined}>
                        <Td className="font-mono text-xs text-slate-900">{p.model}</Td>
                        <Td className="whitespace-nowrap text-right tabular-nums">{usd(p.inputPerMTokUsd)}</Td>
                        <Td className="whitespace-nowrap text-right tabular-nums">{usd(p.outputPerMTokUsd)}</Td>
                        <Td className="whitespace-nowrap">{p.effectiveFrom}</Td>
                        <Td>
                          <div className="flex flex-wrap items-center gap-1">
                            {p.origin === "org" ? <Badge tone="brand">Your price</Badge> : p.overridden ? <Badge tone="amber">Overridden</Badge> : <Badge>Built-in</Badge>}
                          </div>
                          {p.note ? <div className="mt-1 max-w-md text-xs text-slate-500">{p.note}</div> : null}
                        </Td>
                        {canManage ? (
                          <Td className="whitespace-nowrap text-right">
                            {p.origin === "org" ? (
                              <div className="flex justify-end gap-2">
                                <Button variant="secondary" onClick={() => setEditing({ initial: p, editId: p.id })}>Edit<span className="sr-only"> {p.model} from {p.effectiveFrom}</span></Button>
                                <Button variant="danger" disabled={remove.isPending} onClick={() => onDelete(p)}>Delete<span className="sr-only"> {p.model} from {p.effectiveFrom}</span></Button>
                              </div>
                            ) : (
                              <Button variant="secondary" onClick={() => setEditing({ initial: p, editId: null })}>Override<span className="sr-only"> {p.model}</span></Button>
                            )}
                          </Td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </section>
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}
