"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ErrorNotice, Skeleton } from "@/components/ui/feedback";
import { Table, Td, Th } from "@/components/ui/table";
import { errorMessage } from "@/lib/api-client";
import { usePostureControls } from "@/lib/posture/hooks";
import type { TControl } from "@/lib/posture/schemas";
import { NIST_AI_RMF_FUNCTIONS, OWASP_LLM_2025, nistFunctionOf } from "./labels";
import { controlHref } from "./top-failing";

type Item = { id: string; name: string; description?: string; controls: TControl[] };

const sum = (controls: readonly TControl[], key: "PASS" | "FAIL" | "NEEDS_ATTESTATION" | "NOT_APPLICABLE") => controls.reduce((n, c) => n + c.results[key], 0);

function CoverageTable({ label, items }: { label: string; items: readonly Item[] }) {
  return (
    <Table label={label}>
      <thead><tr><Th>Item</Th><Th>Controls mapped</Th><Th className="text-right">Pass</Th><Th className="text-right">Fail</Th><Th className="text-right">Needs attestation</Th></tr></thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((item) => (
          <tr key={item.id} className={item.controls.length === 0 ? "bg-amber-50/60" : undefined}>
            <Td className="max-w-xs">
              <span className="font-mono text-xs text-slate-500">{item.id}</span> <span className="font-medium text-slate-900">{item.name}</span>
              {item.description ? <p className="text-xs text-slate-500">{item.description}</p> : null}
            </Td>
            <Td>
              {item.controls.length === 0 ? <span className="text-xs font-semibold text-amber-900">⚠ Gap: no control maps here</span> : (
                <ul className="space-y-0.5">
                  {item.controls.map((c) => (
                    <li key={c.id} className="text-xs">
                      <Link href={controlHref(c.id)} className="text-brand-700 hover:underline"><span className="font-mono">{c.id}</span> {c.title}</Link>
                      <span className="text-slate-500"> · {c.results.PASS} pass, {c.results.FAIL} fail</span>
                    </li>
                  ))}
                </ul>
              )}
            </Td>
            <Td className="text-right tabular-nums">{sum(item.controls, "PASS")}</Td>
            <Td className="text-right tabular-nums">{sum(item.controls, "FAIL")}</Td>
            <Td className="text-right tabular-nums">{sum(item.controls, "NEEDS_ATTESTATION")}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** OWASP LLM Top 10 2025 and NIST AI RMF coverage: the controls mapped to each item and their results across apps. */
export function FrameworksView() {
  const catalog = usePostureControls();
  if (catalog.isPending) return <Skeleton rows={10} />;
  if (catalog.error) return <ErrorNotice>Could not load the controls: {errorMessage(catalog.error)}</ErrorNotice>;
  const controls = catalog.data.controls;
  const owasp: Item[] = OWASP_LLM_2025.map((o) => ({ ...o, controls: controls.filter((c) => c.mappings.owaspLlm.includes(o.id)) }));
  const nist: Item[] = NIST_AI_RMF_FUNCTIONS.map((fn) => ({ ...fn, controls: controls.filter((c) => c.mappings.nistAiRmf.some((s) => nistFunctionOf(s) === fn.id)) }));
  const gaps = [...owasp, ...nist].filter((i) => i.controls.length === 0).map((i) => i.id);
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">
        Pass and fail count app × control results from the latest recompute. {gaps.length ? `Gaps (no control mapped): ${gaps.join(", ")}.` : "Every item has at least one control."}
      </p>
      <Card title="OWASP Top 10 for LLM Applications 2025"><CoverageTable label="OWASP LLM Top 10 2025 coverage" items={owasp} /></Card>
      <Card title="NIST AI RMF functions" description="Controls count under a function when they map to any of its subcategories."><CoverageTable label="NIST AI RMF coverage" items={nist} /></Card>
    </div>
  );
}
